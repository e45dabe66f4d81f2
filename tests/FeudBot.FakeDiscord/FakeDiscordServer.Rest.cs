using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace FeudBot.FakeDiscord;

/// <summary>The REST half of the fake: record, answer scripted responses first, else the default routes.</summary>
public sealed partial class FakeDiscordServer
{
    private async Task HandleRestAsync(HttpContext context)
    {
        byte[] body = await ReadBodyAsync(context.Request.BodyReader).ConfigureAwait(false);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string path = (context.Request.RouteValues["path"] as string) ?? "";
        var request = new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? "", headers, body);
        if (Options.RecordRequests)
        {
            Requests.Add(request);
        }

        FakeRestResponse? scripted = TakeScripted(request);
        FakeRestResponse response = scripted ?? FakeRestRouter.Route(request, this);
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay).ConfigureAwait(false);
        }

        context.Response.StatusCode = response.Status;
        foreach ((string name, string value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The whole body, copied once from Kestrel's own buffers and decoded only if a test asks for the text: in a
    /// load run the fake's work per request is collected on the bot's time.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(PipeReader reader)
    {
        while (true)
        {
            ReadResult read = await reader.ReadAsync().ConfigureAwait(false);
            if (read.IsCompleted)
            {
                byte[] bytes = read.Buffer.ToArray();
                reader.AdvanceTo(read.Buffer.End);
                return bytes;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private FakeRestResponse? TakeScripted(RecordedRequest request)
    {
        lock (_scriptLock)
        {
            FakeRestResponse? match = _scripted.FirstOrDefault(r => r.Match(request));
            if (match is not null && --match.Times <= 0)
            {
                _scripted.Remove(match);
            }

            return match;
        }
    }
}
