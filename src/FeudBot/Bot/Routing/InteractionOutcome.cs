namespace FeudBot.Bot.Routing;

/// <summary>How an interaction ended, for logs and metrics.</summary>
public enum InteractionOutcome
{
    /// <summary>Answered with content (an answer, a page, a list).</summary>
    Answered,

    /// <summary>The note does not cover the question: an honest decline.</summary>
    Declined,

    /// <summary>Refused before answering: cooldown, empty or over-long question, stale button.</summary>
    Refused,

    /// <summary>Something failed; the user got a short apology and the log has the exception.</summary>
    Error,

    /// <summary>Discord no longer accepts a response (10062 unknown interaction, 40060 already acknowledged).</summary>
    Expired,
}
