using System.Text.Json;
using FeudBot.Discord.Models;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// One op 0 dispatch as delivered to consumers. <see cref="Sequence"/> is Discord's <c>s</c>; events
/// can be delivered more than once (after a resume), so handlers should be idempotent or dedupe by id.
/// Switch on the subtype: <see cref="ReadyDispatch"/>, <see cref="ResumedDispatch"/>,
/// <see cref="InteractionCreateDispatch"/>, <see cref="MessageCreateDispatch"/>,
/// <see cref="GuildCreateDispatch"/>, otherwise <see cref="RawDispatch"/>.
/// </summary>
/// <param name="EventName">The <c>t</c> field.</param>
/// <param name="Sequence">The <c>s</c> field.</param>
public abstract record GatewayDispatch(string EventName, long Sequence);

/// <summary>READY: a new session started.</summary>
public sealed record ReadyDispatch(long Sequence, ReadyEvent Ready) : GatewayDispatch(GatewayEvents.Ready, Sequence);

/// <summary>RESUMED: replay of missed events finished.</summary>
public sealed record ResumedDispatch(long Sequence) : GatewayDispatch(GatewayEvents.Resumed, Sequence);

/// <summary>INTERACTION_CREATE: answer within 3 s through <see cref="FeudBot.Discord.Rest.DiscordRestClient"/>.</summary>
public sealed record InteractionCreateDispatch(long Sequence, Interaction Interaction) : GatewayDispatch(GatewayEvents.InteractionCreate, Sequence);

/// <summary>MESSAGE_CREATE.</summary>
public sealed record MessageCreateDispatch(long Sequence, Message Message) : GatewayDispatch(GatewayEvents.MessageCreate, Sequence);

/// <summary>GUILD_CREATE (a guild became available or the bot joined one).</summary>
public sealed record GuildCreateDispatch(long Sequence, Guild Guild) : GatewayDispatch(GatewayEvents.GuildCreate, Sequence);

/// <summary>Any other event, as raw JSON.</summary>
public sealed record RawDispatch(string EventName, long Sequence, JsonElement Data) : GatewayDispatch(EventName, Sequence);
