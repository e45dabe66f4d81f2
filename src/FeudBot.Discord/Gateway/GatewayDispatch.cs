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
