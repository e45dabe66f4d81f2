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

/// <summary>Embed footer.</summary>
public sealed record EmbedFooter
{
    public string Text { get; init; } = "";
    public string? IconUrl { get; init; }
}

/// <summary>Embed image or thumbnail.</summary>
public sealed record EmbedMedia
{
    public string? Url { get; init; }
    public int? Height { get; init; }
    public int? Width { get; init; }
}

/// <summary>Embed author line.</summary>
public sealed record EmbedAuthor
{
    public string Name { get; init; } = "";
    public string? Url { get; init; }
    public string? IconUrl { get; init; }
}

/// <summary>Embed field.</summary>
public sealed record EmbedField
{
    public string Name { get; init; } = "";
    public string Value { get; init; } = "";
    public bool? Inline { get; init; }
}
