using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeudBot.Tests.ScaleOut;

/// <summary>
/// The real executable (<c>feudbot run</c>) as a child process with its settings in the environment, as an
/// operator or a StatefulSet starts it. Keeps its output; stops with SIGTERM, or is killed on dispose.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _lock = new();

    private BotProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Output
    {
        get
        {
            lock (_lock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet feudbot.dll run</c> from the executable's own build output with <paramref name="environment"/>.</summary>
    public static BotProcess Start(string name, IReadOnlyDictionary<string, string> environment)
    {
        string app = ExecutableFolder();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(app, "feudbot.dll"), "run"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = app,
        };
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), name);
    }

    /// <summary>Interaction ids this process logged as handled ("Interaction {id} {command} …").</summary>
    public IReadOnlySet<ulong> HandledInteractions() =>
        HandledLine().Matches(Output).Select(m => ulong.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    /// <summary>Sends SIGTERM and waits (bounded) for the exit.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (Process kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    /// <summary>The repository root (the folder with FeudBot.sln) above the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FeudBot.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>src/FeudBot/bin/CONFIG/TFM: the executable with its own runtimeconfig, built with this test project.</summary>
    private static string ExecutableFolder()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(RepositoryRoot(), "src", "FeudBot", "bin", here.Parent!.Name, here.Name);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _output.AppendLine(line);
        }
    }

    [GeneratedRegex(@"Interaction (\d+) ask locale")]
    private static partial Regex HandledLine();
}
