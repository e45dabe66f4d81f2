using FeudBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// The gateway shards of this process: one <see cref="DiscordGatewayClient"/> per id of
/// <see cref="DiscordOptions.ResolveShardIds"/> (<c>Discord:ShardIds</c>, else <c>Discord:ShardId</c>), all sharing the
/// REST client, the transport factory and, above all, the one <see cref="IIdentifyLimiter"/>, so the process's shards
/// queue for their identify slots together (<see cref="IdentifySchedule"/>). Run each shard's <c>RunAsync</c> and read
/// each shard's <c>Dispatches</c>; the registered <see cref="DiscordGatewayClient"/> is <see cref="Shards"/>[0].
/// </summary>
public sealed class DiscordShardSet
{
    /// <summary>Creates one client per shard id of <paramref name="options"/>.</summary>
    public DiscordShardSet(
        DiscordRestClient rest,
        IGatewayTransportFactory transports,
        IIdentifyLimiter identifyLimiter,
        IOptions<DiscordOptions> options,
        TimeProvider timeProvider,
        IRandomSource random,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggers);
        DiscordOptions value = options.Value;
        Shards = value.ResolveShardIds()
            .Select(id => new DiscordGatewayClient(rest, transports, identifyLimiter, Options.Create(value.ForShard(id)),
                timeProvider, random, loggers.CreateLogger<DiscordGatewayClient>()))
            .ToArray();
    }

    /// <summary>The shards, by ascending shard id; never empty.</summary>
    public IReadOnlyList<DiscordGatewayClient> Shards { get; }

    /// <summary>Runs every shard until <paramref name="cancellationToken"/> fires; a fatal close of any shard is rethrown.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(Shards.Select(s => s.RunAsync(cancellationToken)));
}
