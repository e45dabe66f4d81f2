namespace FeudBot.Discord.Models;

/// <summary>Embed footer.</summary>
public sealed record EmbedFooter
{
    public string Text { get; set; } = "";
    public string? IconUrl { get; set; }
}
