namespace FeudBot.Discord.Models;

/// <summary>An embed (https://discord.com/developers/docs/resources/message#embed-object). Limits are in <see cref="FeudBot.Discord.Builders.EmbedBuilder"/>.</summary>
public sealed record Embed
{
    public string? Title { get; init; }
    public string? Type { get; init; }
    public string? Description { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public int? Color { get; init; }
    public EmbedFooter? Footer { get; init; }
    public EmbedMedia? Image { get; init; }
    public EmbedMedia? Thumbnail { get; init; }
    public EmbedAuthor? Author { get; init; }
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
