using FeudBot.Bot.Knowledge;
using FeudBot.Cli;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FeudBot.Hosting;

/// <summary>
/// Loads the knowledge folder before the bot connects: a broken note stops the start with every error as
/// <c>file:line: message</c> (<see cref="KnowledgeLoadException"/>), so the bot never serves half a store.
/// The folder is <c>Knowledge:Path</c> (the <c>--knowledge</c> option sets it), else knowledge/ beside the program.
/// </summary>
public sealed partial class KnowledgeStartup(
    IConfiguration configuration,
    KnowledgeHolder holder,
    Func<KnowledgeSnapshot, IAnswerer> answererFactory,
    TimeProvider time,
    ILogger<KnowledgeStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = KnowledgeFolder.Resolve(configuration[KnowledgeFolder.ConfigKey]);
        var result = KnowledgeLoader.LoadDirectory(folder);
        if (result.Snapshot is not { } snapshot)
        {
            var errors = result.Errors.Select(d => $"{SnapshotLoading.Display(d.File)}:{d.Line}: {d.Message}");
            throw new KnowledgeLoadException($"The knowledge folder '{folder}' did not load:\n" + string.Join('\n', errors));
        }

        foreach (var warning in result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)) LogWarning(logger, warning.ToString());
        holder.Set(new KnowledgeState(snapshot, answererFactory(snapshot), time.GetUtcNow()));
        LogLoaded(logger, folder, snapshot.Primary.Events.Count, snapshot.Primary.AsOf?.ToIsoString() ?? "unknown", snapshot.Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge loaded from {Folder}: {Events} events, as of {AsOf}, version {Version}")]
    private static partial void LogLoaded(ILogger logger, string folder, int events, string asOf, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Knowledge: {Warning}")]
    private static partial void LogWarning(ILogger logger, string warning);
}
