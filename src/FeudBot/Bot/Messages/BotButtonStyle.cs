namespace FeudBot.Bot.Messages;

/// <summary>Button styles used by the bot (Discord values: 1 primary, 2 secondary).</summary>
public enum BotButtonStyle
{
    Primary = 1,
    Secondary = 2,
}
