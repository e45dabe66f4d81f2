namespace FeudBot.Discord.Models;

/// <summary>How many IDENTIFYs remain today and how many may run per 5 seconds.</summary>
public sealed record SessionStartLimit
{
    public int Total { get; set; }
    public int Remaining { get; set; }
    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; set; }
    public int MaxConcurrency { get; set; } = 1;
}
