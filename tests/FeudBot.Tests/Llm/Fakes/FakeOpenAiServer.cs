using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeudBot.Tests.Llm.Fakes;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 (Kestrel, port 0) for driving Semantic Kernel's real
/// OpenAI connector: handles <c>POST /v1/chat/completions</c>, records every request, and answers from a
/// script (content, HTTP errors with Retry-After, malformed JSON, refusals, a hang until the client aborts).
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _requestArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL to configure, including <c>/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The reply used when the script is empty.</summary>
    public FakeReply DefaultReply { get; set; } = FakeReply.Text("NOT_IN_NOTE");

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>Completes when the next request arrives (re-armed after each).</summary>
    public Task RequestArrived => _requestArrived.Task;

    public void Enqueue(FakeReply reply) => _script.Enqueue(reply);

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.Headers.Authorization, body));
        Interlocked.Exchange(ref _requestArrived, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

        var reply = _script.TryDequeue(out var next) ? next : DefaultReply;
        if (reply.Hang)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token);
            try { await Task.Delay(Timeout.Infinite, linked.Token); } catch (OperationCanceledException) { }
            return;
        }

        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfterSeconds is { } retry)
            context.Response.Headers.RetryAfter = retry.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        if (reply.RawBody is not null)
        {
            await context.Response.WriteAsync(reply.RawBody, context.RequestAborted);
            return;
        }
        if (reply.Status != 200)
        {
            await context.Response.WriteAsync("{\"error\":{\"message\":\"scripted error\",\"type\":\"server_error\",\"code\":null}}", context.RequestAborted);
            return;
        }
        var json = new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_760_000_000,
            ["model"] = "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content, ["refusal"] = reply.Refusal },
                ["finish_reason"] = reply.FinishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
        };
        await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
