namespace FeudBot.Bot.Routing;

/// <summary>What Discord said to a response.</summary>
public enum CallbackResult
{
    Sent,

    /// <summary>10062 Unknown interaction (too late, or another process answered): not retried.</summary>
    UnknownInteraction,

    /// <summary>40060 Interaction has already been acknowledged: not retried.</summary>
    AlreadyAcknowledged,
}
