namespace FeudBot.Bot.Messages;

/// <summary>A button (https://discord.com/developers/docs/components/reference#button).</summary>
public sealed record BotButton(string CustomId, string Label, BotButtonStyle Style, bool Disabled = false)
    : BotComponent(CustomId);
