namespace FeudBot.Bot.Routing;

/// <summary>How a reply is delivered (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type).</summary>
public enum BotReplyKind
{
    /// <summary>Type 4, CHANNEL_MESSAGE_WITH_SOURCE: a new message.</summary>
    Message = 4,

    /// <summary>Type 7, UPDATE_MESSAGE: replace the message the component is on.</summary>
    Update = 7,

    /// <summary>Type 8, APPLICATION_COMMAND_AUTOCOMPLETE_RESULT: suggestions.</summary>
    Choices = 8,
}
