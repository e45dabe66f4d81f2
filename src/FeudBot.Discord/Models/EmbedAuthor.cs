namespace FeudBot.Discord.Models;

/// <summary>Embed author line.</summary>
public sealed record EmbedAuthor
{
    public string Name { get; init; } = "";
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}
