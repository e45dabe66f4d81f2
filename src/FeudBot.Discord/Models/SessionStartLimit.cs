namespace FeudBot.Discord.Models;

/// <summary>How many IDENTIFYs remain today and how many may run per 5 seconds.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; init; }
    public int Remaining { get; init; }
    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }
    public int MaxConcurrency { get; init; } = 1;
}
