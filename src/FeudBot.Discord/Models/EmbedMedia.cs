namespace FeudBot.Discord.Models;

/// <summary>Embed image or thumbnail.</summary>
public sealed record EmbedMedia
{
    public string? Url { get; init; }
    public int? Height { get; init; }
    public int? Width { get; init; }
}
