namespace FeudBot.Discord.Models;

/// <summary>An embed (https://discord.com/developers/docs/resources/message#embed-object). Limits are in <see cref="FeudBot.Discord.Builders.EmbedBuilder"/>.</summary>
public sealed record Embed
{
    public string? Title { get; set; }
    public string? Type { get; set; }
    public string? Description { get; set; }
    public string? Url { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public int? Color { get; set; }
    public EmbedFooter? Footer { get; set; }
    public EmbedMedia? Image { get; set; }
    public EmbedMedia? Thumbnail { get; set; }
    public EmbedAuthor? Author { get; set; }
    public IReadOnlyList<EmbedField>? Fields { get; set; }
}
