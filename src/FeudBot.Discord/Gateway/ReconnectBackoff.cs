namespace FeudBot.Discord.Gateway;

/// <summary>
/// Capped exponential backoff with "equal jitter": attempt n waits between half and all of
/// min(cap, base·2^n), so failing reconnects neither spin (serenity-rs/serenity#1433) nor synchronise.
/// </summary>
public sealed class ReconnectBackoff(IRandomSource random, TimeSpan? initial = null, TimeSpan? cap = null)
{
    /// <summary>Delay ceiling of the first retry.</summary>
    public TimeSpan Initial { get; } = initial ?? TimeSpan.FromSeconds(1);

    /// <summary>Largest delay ever returned.</summary>
    public TimeSpan Cap { get; } = cap ?? TimeSpan.FromSeconds(60);

    /// <summary>The delay before retry number <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        double ceilingMs = Math.Min(Cap.TotalMilliseconds, Initial.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(ceilingMs / 2 + random.NextDouble() * ceilingMs / 2);
    }
}
