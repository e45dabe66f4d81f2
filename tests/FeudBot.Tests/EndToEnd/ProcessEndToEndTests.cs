using System.Diagnostics;
using FeudBot.FakeDiscord;
using FeudBot.Tests.Bot;

namespace FeudBot.Tests.EndToEnd;

/// <summary>
/// The real executable as a child process, as an operator runs it: <c>feudbot</c> with no verb, the
/// token from the environment, answering /ask through the fake Discord, then stopping on SIGTERM.
/// </summary>
public sealed class ProcessEndToEndTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public async Task The_executable_answers_then_stops_cleanly_on_sigterm()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        await using var discord = await FakeDiscordServer.StartAsync();
        var app = ExecutableFolder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "feudbot.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app,
        };
        start.Environment["Discord__Token"] = "process-token";
        start.Environment["Discord__ApiBaseUrl"] = discord.ApiBaseUrl;
        start.Environment["Knowledge__Path"] = RepoKnowledge.Folder;
        start.Environment["Knowledge__Watch"] = "false";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var registered = discord.WaitForRequestAsync(r => r.Method == "PUT", timeout: TimeSpan.FromSeconds(30));
            if (await Task.WhenAny(registered, process.WaitForExitAsync()) != registered)
                Assert.Fail($"feudbot exited with {process.ExitCode} before registering commands: {await errors}");
            await registered;
            await discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(91, "ask", new Dictionary<string, string> { ["question"] = "Who founded OpenAI, and when?" }));
            var callback = await discord.WaitForRequestAsync(r => r.Path.StartsWith("interactions/91/", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);
            Assert.Contains("2015", callback.Body, StringComparison.Ordinal);

            var stopwatch = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

            Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await errors}");
            Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
            output.WriteLine($"SIGTERM to exit: {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
            Assert.Contains("Stopping: work in flight finished: True", await stdout, StringComparison.Ordinal);
            Assert.Equal(1000, discord.CurrentConnection!.ClientCloseStatus);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// The executable's own build output (src/FeudBot/bin/CONFIG/TFM), with its own runtimeconfig: the test
    /// folder's copy may lack assemblies the test project takes from a shared framework instead.
    /// </summary>
    private static string ExecutableFolder()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (tfm, configuration) = (here.Name, here.Parent!.Name);
        var root = Path.GetDirectoryName(RepoKnowledge.Folder)!;
        return Path.Combine(root, "src", "FeudBot", "bin", configuration, tfm);
    }
}
