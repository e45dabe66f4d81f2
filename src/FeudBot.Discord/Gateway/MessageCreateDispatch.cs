using FeudBot.Discord.Models;

namespace FeudBot.Discord.Gateway;

/// <summary>MESSAGE_CREATE.</summary>
public sealed record MessageCreateDispatch(long Sequence, Message Message) : GatewayDispatch(GatewayEvents.MessageCreate, Sequence);
