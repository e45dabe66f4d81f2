using System.Globalization;
using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting.Health;

/// <summary>
/// Serves <c>GET /health/ready</c> and <c>GET /health/live</c> on 127.0.0.1:<c>Health:Port</c> with
/// <see cref="HttpListener"/> (in the base runtime, so the image needs no ASP.NET Core): 200 when
/// healthy, 503 when not, a small JSON body either way. Does nothing when <c>Health:Enabled</c> is false.
/// </summary>
public sealed partial class HealthEndpoint(BotHealth health, IOptions<HealthOptions> options, ILogger<HealthEndpoint> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        using var listener = new HttpListener();
        listener.Prefixes.Add(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{options.Value.Port}/health/"));
        try
        {
            listener.Start();
        }
        catch (HttpListenerException ex)
        {
            LogCannotListen(logger, options.Value.Port, ex.Message);
            return;
        }

        LogListening(logger, options.Value.Port);
        await using var stop = stoppingToken.Register(listener.Stop);
        while (!stoppingToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break; // stopped
            }

            await AnswerAsync(context).ConfigureAwait(false);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = context.Request.Url?.AbsolutePath.TrimEnd('/') ?? "";
        var report = health.Check();
        bool? healthy = path switch
        {
            "/health/ready" or "/health" => report.Ready,
            "/health/live" => report.Live,
            _ => null,
        };
        response.StatusCode = healthy switch { true => 200, false => 503, null => 404 };
        if (healthy is null) return;
        var body = report.ToJson();
        response.ContentType = "application/json";
        response.ContentLength64 = body.Length;
        try
        {
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException)
        {
            // The prober went away; nothing to do.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Health endpoint on http://127.0.0.1:{Port}/health/ready and /health/live")]
    private static partial void LogListening(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Error, Message = "Health endpoint cannot listen on 127.0.0.1:{Port}: {Reason}. Set Health:Port to a free port, or Health:Enabled=false.")]
    private static partial void LogCannotListen(ILogger logger, int port, string reason);
}
