namespace FeudBot.Discord.Models;

/// <summary>Embed image or thumbnail.</summary>
public sealed record EmbedMedia
{
    public string? Url { get; set; }
    public int? Height { get; set; }
    public int? Width { get; set; }
}
