using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FeudBot.Hosting;
using FeudBot.Tests.ScaleOut;
using Microsoft.Extensions.Logging;

namespace FeudBot.Tests.Container;

/// <summary>
/// The fake Discord runner speaks the protocol scripts/container-e2e.sh expects (ENV lines, LISTENING, READY_SENT,
/// PASS, BURST_DONE on a "BURST n" stdin line, exit on SIGTERM), here against the real bot host in-process
/// instead of the container.
/// </summary>
public sealed class FakeDiscordRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_runner_announces_checks_one_ask_runs_a_burst_and_stops_on_sigterm()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string runner = Path.Combine(BotProcess.RepositoryRoot(), "tests", "FeudBot.FakeDiscord.Runner", "bin", here.Parent!.Name, here.Name, "fake-discord.dll");
        var start = new ProcessStartInfo("dotnet", [runner, "--timeout", "90"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process fake = Process.Start(start)!;
        var lines = new BlockingCollection<string>();
        fake.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        // Kept for the failure message: the runner's notes say how far its shutdown got.
        var notes = new ConcurrentQueue<string>();
        fake.ErrorDataReceived += (_, e) => { if (e.Data is not null) notes.Enqueue(e.Data); };
        fake.BeginOutputReadLine();
        fake.BeginErrorReadLine();
        try
        {
            var env = new Dictionary<string, string>();
            string line;
            while ((line = Next(lines)) != "LISTENING")
            {
                Assert.StartsWith("ENV ", line, StringComparison.Ordinal);
                string[] kv = line[4..].Split('=', 2);
                env[kv[0]] = kv[1];
            }

            Assert.StartsWith("http://127.0.0.1:", env["Discord__ApiBaseUrl"], StringComparison.Ordinal);
            Assert.StartsWith("fake-", env["Discord__Token"], StringComparison.Ordinal);

            using var host = BotHost.Build(Path.Combine(BotProcess.RepositoryRoot(), "knowledge"), b =>
            {
                b.Configuration["Discord:Token"] = env["Discord__Token"];
                b.Configuration["Discord:ApiBaseUrl"] = env["Discord__ApiBaseUrl"];
                b.Configuration["Knowledge:Watch"] = "false";
                b.Logging.SetMinimumLevel(LogLevel.Warning);
            });
            await host.StartAsync().WaitAsync(Patience);
            Assert.Equal("READY_SENT", Next(lines));
            Assert.StartsWith("PASS /ask (zh-TW) answered", Next(lines), StringComparison.Ordinal);

            await fake.StandardInput.WriteLineAsync("BURST 40");
            await fake.StandardInput.FlushAsync();
            Assert.StartsWith("BURST_DONE 40/40 answered", Next(lines), StringComparison.Ordinal);

            await host.StopAsync().WaitAsync(Patience);
            using (Process kill = Process.Start("kill", ["-TERM", fake.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                await kill.WaitForExitAsync();
            }

            try
            {
                await fake.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (TimeoutException)
            {
                // Seen once in five CI runs under the full parallel load; not reproduced alone or under CPU load.
                throw new TimeoutException("the runner did not exit within 15 s of SIGTERM; its last notes:\n" + string.Join("\n", notes.TakeLast(20)));
            }
            Assert.Equal(0, fake.ExitCode);
        }
        finally
        {
            if (!fake.HasExited)
            {
                fake.Kill(entireProcessTree: true);
            }
        }
    }

    private static string Next(BlockingCollection<string> lines) =>
        lines.TryTake(out string? line, Patience) ? line : throw new TimeoutException("the runner printed nothing more within " + Patience);
}
