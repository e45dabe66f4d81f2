using FeudBot.Discord.Models;

namespace FeudBot.Discord.Gateway;

/// <summary>INTERACTION_CREATE: answer within 3 s through <see cref="FeudBot.Discord.Rest.DiscordRestClient"/>.</summary>
public sealed record InteractionCreateDispatch(long Sequence, Interaction Interaction) : GatewayDispatch(GatewayEvents.InteractionCreate, Sequence);
