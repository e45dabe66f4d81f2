namespace FeudBot.Discord.Models;

/// <summary>Where a command may be used / was used (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-context-types).</summary>
public enum InteractionContextType
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}
