using FeudBot.Discord.Models;

namespace FeudBot.Discord.Builders;

/// <summary>
/// Builds an <see cref="Embed"/> within Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits):
/// title 256, description 4096, 25 fields (name 256, value 1024), footer 2048, author 256, 6000 in total.
/// Over-long text is truncated with an ellipsis rather than rejected by Discord with a 400.
/// </summary>
public sealed class EmbedBuilder
{
    /// <summary>Total characters allowed across an embed's texts.</summary>
    public const int MaxTotalLength = 6000;

    private readonly List<EmbedField> _fields = [];
    private string? _title, _description, _url;
    private int? _color;
    private EmbedFooter? _footer;
    private EmbedAuthor? _author;
    private DateTimeOffset? _timestamp;

    /// <summary>Title (256).</summary>
    public EmbedBuilder WithTitle(string title, string? url = null)
    {
        _title = Truncate(title, 256);
        _url = url;
        return this;
    }

    /// <summary>Description (4096).</summary>
    public EmbedBuilder WithDescription(string description)
    {
        _description = Truncate(description, 4096);
        return this;
    }

    /// <summary>Side colour as 0xRRGGBB.</summary>
    public EmbedBuilder WithColor(int rgb)
    {
        _color = rgb;
        return this;
    }

    /// <summary>Adds a field (at most 25; name 256, value 1024).</summary>
    public EmbedBuilder AddField(string name, string value, bool inline = false)
    {
        if (_fields.Count == 25)
        {
            throw new InvalidOperationException("An embed holds at most 25 fields.");
        }

        _fields.Add(new EmbedField { Name = Truncate(name, 256), Value = Truncate(value, 1024), Inline = inline ? true : null });
        return this;
    }

    /// <summary>Footer (2048).</summary>
    public EmbedBuilder WithFooter(string text, string? iconUrl = null)
    {
        _footer = new EmbedFooter { Text = Truncate(text, 2048), IconUrl = iconUrl };
        return this;
    }

    /// <summary>Author line (256).</summary>
    public EmbedBuilder WithAuthor(string name, string? url = null, string? iconUrl = null)
    {
        _author = new EmbedAuthor { Name = Truncate(name, 256), Url = url, IconUrl = iconUrl };
        return this;
    }

    /// <summary>Timestamp shown in the footer.</summary>
    public EmbedBuilder WithTimestamp(DateTimeOffset timestamp)
    {
        _timestamp = timestamp;
        return this;
    }

    /// <summary>The embed; throws when the texts exceed 6000 characters together.</summary>
    public Embed Build()
    {
        int total = (_title?.Length ?? 0) + (_description?.Length ?? 0) + (_footer?.Text.Length ?? 0) + (_author?.Name.Length ?? 0)
            + _fields.Sum(f => f.Name.Length + f.Value.Length);
        if (total > MaxTotalLength)
        {
            throw new InvalidOperationException($"Embed text totals {total} characters; Discord allows {MaxTotalLength}.");
        }

        return new Embed
        {
            Title = _title,
            Description = _description,
            Url = _url,
            Color = _color,
            Footer = _footer,
            Author = _author,
            Timestamp = _timestamp,
            Fields = _fields.Count == 0 ? null : _fields.ToArray(),
        };
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
