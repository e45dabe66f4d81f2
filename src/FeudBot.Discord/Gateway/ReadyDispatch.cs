using FeudBot.Discord.Models;

namespace FeudBot.Discord.Gateway;

/// <summary>READY: a new session started.</summary>
public sealed record ReadyDispatch(long Sequence, ReadyEvent Ready) : GatewayDispatch(GatewayEvents.Ready, Sequence);
