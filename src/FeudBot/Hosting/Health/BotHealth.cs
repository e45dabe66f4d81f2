using FeudBot.Discord.Gateway;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting.Health;

/// <summary>Computes the bot's <see cref="HealthReport"/> from the gateway, the knowledge holder and the clock.</summary>
public sealed class BotHealth(DiscordGatewayClient gateway, KnowledgeHolder knowledge, IOptions<HealthOptions> options, TimeProvider time)
{
    public HealthReport Check()
    {
        var state = gateway.State;
        var sinceAck = gateway.LastHeartbeatAck is { } ack ? time.GetUtcNow() - ack : (TimeSpan?)null;
        var version = knowledge.IsLoaded ? knowledge.Current.Snapshot.Version : null;
        var live = state is not (GatewayConnectionState.FatallyClosed or GatewayConnectionState.Stopped);
        // Right after READY the first heartbeat is still pending (it is jittered up to one interval).
        var recentAck = sinceAck is null || sinceAck <= options.Value.MaxHeartbeatAge;
        var ready = state == GatewayConnectionState.Active && recentAck && version is not null;
        return new HealthReport(live, ready, state.ToString(), sinceAck, version);
    }
}
