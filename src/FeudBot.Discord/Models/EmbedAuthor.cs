namespace FeudBot.Discord.Models;

/// <summary>Embed author line.</summary>
public sealed record EmbedAuthor
{
    public string Name { get; set; } = "";
    public string? Url { get; set; }
    public string? IconUrl { get; set; }
}
