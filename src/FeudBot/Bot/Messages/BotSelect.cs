namespace FeudBot.Bot.Messages;

/// <summary>A string select (https://discord.com/developers/docs/components/reference#string-select).</summary>
public sealed record BotSelect(string CustomId, string Placeholder, IReadOnlyList<BotSelectOption> Options)
    : BotComponent(CustomId);
