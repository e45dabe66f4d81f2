using Microsoft.Extensions.Hosting;

namespace FeudBot.Hosting;

/// <summary>
/// Loads the knowledge folder before the bot connects: a broken note stops the start with every error as
/// <c>file:line: message</c> (<see cref="KnowledgeLoadException"/>), so the bot never serves half a store.
/// </summary>
public sealed class KnowledgeStartup(KnowledgeRefresher refresher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (refresher.Refresh() is { } errors)
            throw new KnowledgeLoadException($"The knowledge folder '{refresher.Folder}' did not load:\n" + string.Join('\n', errors));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
