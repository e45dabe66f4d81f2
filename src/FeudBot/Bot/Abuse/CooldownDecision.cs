namespace FeudBot.Bot.Abuse;

/// <summary>Whether a user may ask now and, if not, how long until they may.</summary>
public readonly record struct CooldownDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static CooldownDecision Allow { get; } = new(true, TimeSpan.Zero);

    /// <summary>Whole seconds to wait, rounded up, at least 1: what the polite reply says.</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
