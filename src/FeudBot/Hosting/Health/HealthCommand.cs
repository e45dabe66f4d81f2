using System.CommandLine;
using System.Globalization;
using System.Net.Sockets;
using FeudBot.Cli;
using Microsoft.Extensions.Configuration;

namespace FeudBot.Hosting.Health;

/// <summary>
/// <c>feudbot health [--live]</c>: asks a running bot's loopback health endpoint (the container's
/// HEALTHCHECK) and exits 0 when it is ready (or, with <c>--live</c>, merely alive), 1 otherwise, after
/// one line with the gateway state, the time since the last heartbeat ACK and the snapshot version.
/// </summary>
public static class HealthCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static Command Create(GlobalOptions globals)
    {
        _ = globals;
        var live = new Option<bool>("--live") { Description = "Liveness only: a reconnecting bot is live but not ready." };
        var command = new Command("health", "Ask the running bot's loopback health endpoint (Health__Enabled=true, Health__Port).") { live };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var port = Port();
            var (code, line) = await ProbeAsync(port, parse.GetValue(live), cancellationToken).ConfigureAwait(false);
            await parse.InvocationConfiguration.Output.WriteLineAsync(line).ConfigureAwait(false);
            return code;
        });
        return command;
    }

    public static async Task<(int ExitCode, string Line)> ProbeAsync(int port, bool live, CancellationToken cancellationToken)
    {
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/health/{(live ? "live" : "ready")}");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            var report = HealthReport.FromJson(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            var line = report?.ToLine(live) ?? $"unhealthy: {url} answered {(int)response.StatusCode} without a health report";
            return (response.IsSuccessStatusCode ? 0 : 1, line);
        }
        catch (Exception ex) when (ex is HttpRequestException or SocketException or TaskCanceledException)
        {
            return (1, $"unhealthy: no answer from {url} (is the bot running with Health__Enabled=true and Health__Port={port}?)");
        }
    }

    // The same sources as the host (appsettings.json beside the program, then the environment).
    private static int Port()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .Build();
        return int.TryParse(configuration["Health:Port"], NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : new HealthOptions().Port;
    }
}
