using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// Hot reload (issue 7): watches the knowledge folder and reloads it after
/// <see cref="KnowledgeWatchOptions.ReloadDelay"/> of quiet. A broken edit keeps the last good snapshot
/// and logs every error as <c>file:line</c>; the next good edit loads. /about shows when the snapshot in
/// use was loaded.
/// </summary>
public sealed partial class KnowledgeReloader(
    KnowledgeRefresher refresher,
    IOptions<KnowledgeWatchOptions> options,
    TimeProvider time,
    ILogger<KnowledgeReloader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !Directory.Exists(refresher.Folder)) return;
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = new FileSystemWatcher(refresher.Folder)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            IncludeSubdirectories = true,
        };
        FileSystemEventHandler changed = (_, e) =>
        {
            if (IsKnowledgeFile(e.FullPath) || e.ChangeType == WatcherChangeTypes.Renamed) changes.Writer.TryWrite(true);
        };
        watcher.Changed += changed;
        watcher.Created += changed;
        watcher.Deleted += changed;
        watcher.Renamed += (_, e) => changed(_, e);
        watcher.EnableRaisingEvents = true;
        LogWatching(logger, refresher.Folder);

        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Debounce: an editor saves in several writes; load once they have stopped.
                do
                {
                    changes.Reader.TryRead(out _);
                    await Task.Delay(options.Value.ReloadDelay, time, stoppingToken).ConfigureAwait(false);
                }
                while (changes.Reader.TryPeek(out _));

                if (refresher.Refresh() is { } errors)
                {
                    LogKeptLastGood(logger, errors.Count);
                    foreach (var error in errors) LogError(logger, error);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private static bool IsKnowledgeFile(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Folder} for knowledge edits")]
    private static partial void LogWatching(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The edited knowledge folder has {Count} errors; keeping the last good snapshot")]
    private static partial void LogKeptLastGood(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {Error}")]
    private static partial void LogError(ILogger logger, string error);
}
