using FeudBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting.Health;

/// <summary>
/// Computes the bot's <see cref="HealthReport"/> from the gateway shards of this process, the knowledge holder and
/// the clock. With several shards (<c>Discord:ShardIds</c>) the weakest decides: ready only when every shard is.
/// </summary>
public sealed class BotHealth(DiscordShardSet shards, KnowledgeHolder knowledge, IOptions<HealthOptions> options, TimeProvider time)
{
    public HealthReport Check()
    {
        var now = time.GetUtcNow();
        var version = knowledge.IsLoaded ? knowledge.Current.Snapshot.Version : null;
        var live = true;
        var ready = version is not null;
        TimeSpan? oldestAck = null;
        foreach (var gateway in shards.Shards)
        {
            var state = gateway.State;
            var sinceAck = gateway.LastHeartbeatAck is { } ack ? now - ack : (TimeSpan?)null;
            live &= state is not (GatewayConnectionState.FatallyClosed or GatewayConnectionState.Stopped);
            // Right after READY the first heartbeat is still pending (it is jittered up to one interval).
            var recentAck = sinceAck is null || sinceAck <= options.Value.MaxHeartbeatAge;
            ready &= state == GatewayConnectionState.Active && recentAck;
            if (sinceAck > oldestAck || oldestAck is null) oldestAck = sinceAck;
        }

        var states = shards.Shards.Count == 1
            ? shards.Shards[0].State.ToString()
            : string.Join(", ", shards.Shards.Select(s => $"shard {s.ShardId} {s.State}"));
        return new HealthReport(live, ready, states, oldestAck, version);
    }
}
