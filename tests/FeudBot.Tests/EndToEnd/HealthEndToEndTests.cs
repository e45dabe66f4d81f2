using System.Net;
using System.Net.Sockets;
using FeudBot.Hosting.Health;

namespace FeudBot.Tests.EndToEnd;

/// <summary>The loopback health endpoint and the <c>health</c> verb's probe, against the running host.</summary>
public sealed class HealthEndToEndTests
{
    [Fact]
    public async Task A_connected_bot_is_ready_and_a_stopped_one_answers_nothing()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(new() { ["Health:Enabled"] = "true", ["Health:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        // Like the HEALTHCHECK's retries: a cold, busy test machine may need a moment for the first answer.
        var (code, line) = await HealthCommand.ProbeAsync(port, live: false, default);
        for (var i = 0; i < 20 && code != 0; i++)
        {
            await Task.Delay(250);
            (code, line) = await HealthCommand.ProbeAsync(port, live: false, default);
        }

        Assert.True(code == 0, line);
        Assert.StartsWith("healthy (ready): gateway Active, last heartbeat ACK", line, StringComparison.Ordinal);
        Assert.Contains(RepoKnowledgeVersion(), line, StringComparison.Ordinal);
        Assert.Equal(0, (await HealthCommand.ProbeAsync(port, live: true, default)).ExitCode);

        await bot.Host.StopAsync().WaitAsync(BotUnderTest.Timeout);
        var (after, message) = await HealthCommand.ProbeAsync(port, live: true, default);
        Assert.Equal(1, after);
        Assert.StartsWith("unhealthy: no answer from http://127.0.0.1:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_off_unless_enabled()
    {
        var port = FreePort();
        await using var bot = await BotUnderTest.StartAsync(new() { ["Health:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(1, (await HealthCommand.ProbeAsync(port, live: true, default)).ExitCode);
    }

    private static string RepoKnowledgeVersion() => Bot.RepoKnowledge.Snapshot.Version;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
