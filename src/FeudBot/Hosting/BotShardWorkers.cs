using FeudBot.Discord.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FeudBot.Hosting;

/// <summary>
/// One <see cref="BotWorker"/> per gateway shard of this process (<c>Discord:ShardIds</c>, else the one
/// <c>Discord:ShardId</c>; see <see cref="DiscordShardSet"/>), started and stopped together. The shards share
/// everything else: the REST client, the answer engine, the cooldown and the identify limiter, which spaces their
/// IDENTIFYs (https://discord.com/developers/docs/events/gateway#sharding-max-concurrency).
/// </summary>
public sealed class BotShardWorkers(IServiceProvider services, DiscordShardSet shards) : IHostedService, IDisposable
{
    private readonly BotWorker[] _workers = [.. shards.Shards.Select(shard => ActivatorUtilities.CreateInstance<BotWorker>(services, shard))];

    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_workers.Select(w => w.StartAsync(cancellationToken)));

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_workers.Select(w => w.StopAsync(cancellationToken)));

    public void Dispose()
    {
        foreach (BotWorker worker in _workers)
        {
            worker.Dispose();
        }
    }
}
