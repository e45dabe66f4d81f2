namespace FeudBot.Discord.Models;

/// <summary>Embed footer.</summary>
public sealed record EmbedFooter
{
    public string Text { get; init; } = "";
    public string? IconUrl { get; init; }
}
