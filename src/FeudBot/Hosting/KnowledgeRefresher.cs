using FeudBot.Bot.Knowledge;
using FeudBot.Cli;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace FeudBot.Hosting;

/// <summary>
/// Loads the knowledge folder and, when it loads, swaps it into the <see cref="KnowledgeHolder"/> with
/// a new answerer. When it does not, the holder keeps what it had and the caller gets every error as
/// <c>file:line: message</c>. Used at start (where errors stop the bot) and on every reload (where they
/// are logged and the last good snapshot stays).
/// </summary>
public sealed partial class KnowledgeRefresher(
    IConfiguration configuration,
    KnowledgeHolder holder,
    Func<KnowledgeSnapshot, IAnswerer> answererFactory,
    TimeProvider time,
    ILogger<KnowledgeRefresher> logger)
{
    /// <summary>How long a replaced answerer lives on for interactions that already hold it.</summary>
    private static readonly TimeSpan RetireAfter = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();

    /// <summary>The folder: <c>Knowledge:Path</c>, else knowledge/ beside the program, else ./knowledge.</summary>
    public string Folder => KnowledgeFolder.Resolve(null, () => configuration);

    /// <summary>Null when the folder loaded (and was swapped in, if it changed); else the errors.</summary>
    public IReadOnlyList<string>? Refresh()
    {
        lock (_gate)
        {
            var folder = Folder;
            var result = KnowledgeLoader.LoadDirectory(folder);
            if (result.Snapshot is not { } snapshot)
                return result.Errors.Select(SnapshotLoading.Describe).ToArray();

            foreach (var warning in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)) LogWarning(logger, warning.ToString());
            var previous = holder.IsLoaded ? holder.Current : null;
            if (previous?.Snapshot.Version == snapshot.Version) return null;

            holder.Set(new KnowledgeState(snapshot, answererFactory(snapshot), time.GetUtcNow()));
            LogLoaded(logger, folder, snapshot.Primary.Events.Count, snapshot.Primary.AsOf?.ToIsoString() ?? "unknown", snapshot.Version);
            if (previous?.Answerer is IDisposable old) _ = RetireAsync(old);
            return null;
        }
    }

    private async Task RetireAsync(IDisposable answerer)
    {
        await Task.Delay(RetireAfter, time).ConfigureAwait(false);
        answerer.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge loaded from {Folder}: {Events} events, as of {AsOf}, version {Version}")]
    private static partial void LogLoaded(ILogger logger, string folder, int events, string asOf, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
