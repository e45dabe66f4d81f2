using System.ComponentModel.DataAnnotations;

namespace FeudBot.Bot.Abuse;

/// <summary>
/// The per-user question limit (<c>Bot:Cooldown</c>): at most <see cref="MaxQuestions"/> questions in any
/// sliding <see cref="Window"/>.
/// </summary>
public sealed class CooldownOptions
{
    /// <summary>Questions allowed per window; 0 turns the cooldown off.</summary>
    [Range(0, 1000, ErrorMessage = "Bot:Cooldown:MaxQuestions must be between {1} and {2} (0 turns the cooldown off).")]
    public int MaxQuestions { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Bot:Cooldown:Window must be between {1} and {2}.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Users remembered at once; beyond this the longest-idle are forgotten (bounded memory).</summary>
    [Range(100, 10_000_000, ErrorMessage = "Bot:Cooldown:MaxTrackedUsers must be between {1} and {2}.")]
    public int MaxTrackedUsers { get; set; } = 50_000;
}
