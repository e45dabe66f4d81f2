using FeudBot.Discord.Models;

namespace FeudBot.Discord.Gateway;

/// <summary>GUILD_CREATE (a guild became available or the bot joined one).</summary>
public sealed record GuildCreateDispatch(long Sequence, Guild Guild) : GatewayDispatch(GatewayEvents.GuildCreate, Sequence);
