using System.Diagnostics;
using System.Globalization;

namespace FeudBot.FakeDiscord.Runner;

/// <summary>
/// The end-to-end scenario of scripts/container-e2e.sh: announce the settings, wait for the bot to identify,
/// send one /ask and check the answer, then keep serving (and run a burst when asked on stdin) until stopped.
/// </summary>
internal sealed class AskScenario(RunnerSettings settings, ProtocolOutput output)
{
    /// <summary>First interaction id; the token Discord would give it is <c>token-{id}</c>.</summary>
    private const ulong AskId = 4_000_001;

    /// <summary>Runs until <paramref name="stop"/> fires; returns the exit code (0 when the /ask passed).</summary>
    public async Task<int> RunAsync(CancellationToken stop)
    {
        await using FakeDiscordServer discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { ExpectedToken = settings.Token }).ConfigureAwait(false);
        var burst = new BurstRun(discord);
        burst.Attach();
        output.Line($"ENV Discord__ApiBaseUrl={discord.ApiBaseUrl}");
        output.Line($"ENV Discord__Token={settings.Token}");
        output.Line("LISTENING");
        output.Note($"listening on {discord.BaseAddress}; stops by itself at {DateTime.UtcNow + settings.Lifetime:HH:mm:ss} UTC");

        bool passed = await AskOnceAsync(discord, stop).ConfigureAwait(false);
        Task commands = ServeCommandsAsync(burst, stop);
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // SIGTERM or the lifetime: stop serving.
        }

        await Task.WhenAny(commands, Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None)).ConfigureAwait(false);
        return passed ? 0 : 1;
    }

    private async Task<bool> AskOnceAsync(FakeDiscordServer discord, CancellationToken stop)
    {
        try
        {
            TimeSpan wait = settings.Lifetime;
            await discord.WaitForReadyAsync(timeout: wait).WaitAsync(stop).ConfigureAwait(false);
            output.Line("READY_SENT");
            // The bot registers its commands on READY; an interaction before that is fine for Discord, but
            // waiting for it shows the REST half works too.
            await discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout: TimeSpan.FromSeconds(30))
                .WaitAsync(stop).ConfigureAwait(false);
            long sent = Stopwatch.GetTimestamp();
            string payload = FakePayloads.SlashCommand(AskId, "ask", new Dictionary<string, string> { ["question"] = settings.Question }, locale: settings.Locale);
            await discord.DispatchAsync("INTERACTION_CREATE", payload).ConfigureAwait(false);
            string? problem = await AskCallbackCheck.VerifyAsync(discord, AskId, TimeSpan.FromSeconds(30)).WaitAsync(stop).ConfigureAwait(false);
            double ms = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            output.Line(problem is null
                ? string.Create(CultureInfo.InvariantCulture, $"PASS /ask ({settings.Locale}) answered in {ms:F0} ms with an embed, a source link and allowed_mentions.parse []")
                : $"FAIL /ask ({settings.Locale}): {problem}");
            return problem is null;
        }
        catch (TimeoutException ex)
        {
            output.Line($"FAIL {FirstLine(ex.Message)}");
            output.Note(ex.Message);
            return false;
        }
        catch (OperationCanceledException)
        {
            output.Line("FAIL stopped before the /ask scenario finished");
            return false;
        }
    }

    /// <summary>Commands on stdin, one a line: <c>BURST</c> or <c>BURST n</c> sends n /ask (default <c>--burst</c>).</summary>
    private async Task ServeCommandsAsync(BurstRun burst, CancellationToken stop)
    {
        try
        {
            while (await Console.In.ReadLineAsync(stop).ConfigureAwait(false) is { } line)
            {
                string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words is ["BURST", ..])
                {
                    int count = words.Length > 1 && int.TryParse(words[1], CultureInfo.InvariantCulture, out int n) && n > 0 ? n : settings.BurstSize;
                    output.Note($"burst of {count} /ask");
                    output.Line(await burst.RunAsync(count, TimeSpan.FromSeconds(120), stop).ConfigureAwait(false));
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0];
}
