namespace FeudBot.Bot.Routing;

/// <summary>The interaction types the bot handles (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type).</summary>
public enum BotInteractionKind
{
    /// <summary>Type 2, APPLICATION_COMMAND: a slash command.</summary>
    Command,

    /// <summary>Type 3, MESSAGE_COMPONENT: a button or select.</summary>
    Component,

    /// <summary>Type 4, APPLICATION_COMMAND_AUTOCOMPLETE.</summary>
    Autocomplete,
}
