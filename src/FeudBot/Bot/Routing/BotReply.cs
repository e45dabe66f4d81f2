using FeudBot.Bot.Messages;

namespace FeudBot.Bot.Routing;

/// <summary>What a handler answers: a message (new or an update of the component's message) or suggestions.</summary>
public sealed record BotReply(BotReplyKind Kind, BotMessage? Message, IReadOnlyList<BotChoice> Choices, InteractionOutcome Outcome)
{
    /// <summary>
    /// This very object is sent to many interactions (it comes from the answer cache): a transport may keep
    /// its wire form with it. Others are sent once, and keeping anything for them would only cost.
    /// </summary>
    public bool Reused { get; init; }

    public static BotReply NewMessage(BotMessage message, InteractionOutcome outcome = InteractionOutcome.Answered) =>
        new(BotReplyKind.Message, message, [], outcome);

    public static BotReply Update(BotMessage message) => new(BotReplyKind.Update, message, [], InteractionOutcome.Answered);

    public static BotReply Suggest(IReadOnlyList<BotChoice> choices) => new(BotReplyKind.Choices, null, choices, InteractionOutcome.Answered);

    /// <summary>A short private notice (cooldown, bad input, stale button).</summary>
    public static BotReply Notice(string text) => NewMessage(BotMessage.Text(text, ephemeral: true), InteractionOutcome.Refused);
}
