namespace FeudBot.Bot.Messages;

/// <summary>
/// A row of up to five buttons, or exactly one select
/// (https://discord.com/developers/docs/components/reference#action-row).
/// </summary>
public sealed record BotActionRow(IReadOnlyList<BotComponent> Components);
