using FeudBot.Discord.Models;

namespace FeudBot.Discord.Builders;

/// <summary>
/// Builds a <see cref="MessagePayload"/>. Defaults to <c>allowed_mentions: {"parse": []}</c> so text that
/// echoes users can never ping anyone; call <see cref="WithAllowedMentions"/> to opt in.
/// Enforces Discord's limits (2000 chars, 10 embeds, 5 action rows) with clear errors.
/// </summary>
public sealed class MessageBuilder
{
    /// <summary>Maximum <c>content</c> length.</summary>
    public const int MaxContentLength = 2000;

    private readonly List<Embed> _embeds = [];
    private readonly List<Component> _rows = [];
    private string? _content;
    private int _flags;
    private AllowedMentions _allowedMentions = AllowedMentions.None;
    private MessageReference? _reference;

    /// <summary>Sets the text (at most 2000 characters).</summary>
    public MessageBuilder WithContent(string content)
    {
        if (content.Length > MaxContentLength)
        {
            throw new ArgumentException($"Message content is {content.Length} characters; Discord allows {MaxContentLength}.", nameof(content));
        }

        _content = content;
        return this;
    }

    /// <summary>Adds an embed (at most 10).</summary>
    public MessageBuilder AddEmbed(Embed embed)
    {
        if (_embeds.Count == 10)
        {
            throw new InvalidOperationException("A message holds at most 10 embeds.");
        }

        _embeds.Add(embed);
        return this;
    }

    /// <summary>Adds an action row (at most 5); see <see cref="Components"/>.</summary>
    public MessageBuilder AddActionRow(params Component[] components)
    {
        if (_rows.Count == 5)
        {
            throw new InvalidOperationException("A message holds at most 5 action rows.");
        }

        _rows.Add(Components.ActionRow(components));
        return this;
    }

    /// <summary>Only the invoking user sees it (interaction responses and follow-ups only).</summary>
    public MessageBuilder AsEphemeral()
    {
        _flags |= MessageFlags.Ephemeral;
        return this;
    }

    /// <summary>Suppresses link embeds.</summary>
    public MessageBuilder SuppressEmbeds()
    {
        _flags |= MessageFlags.SuppressEmbeds;
        return this;
    }

    /// <summary>Replies to <paramref name="messageId"/>; the reply goes out even if that message was deleted.</summary>
    public MessageBuilder AsReplyTo(ulong messageId, ulong? channelId = null, ulong? guildId = null)
    {
        _reference = new MessageReference { MessageId = messageId, ChannelId = channelId, GuildId = guildId, FailIfNotExists = false };
        return this;
    }

    /// <summary>Replaces the default "ping nobody" policy.</summary>
    public MessageBuilder WithAllowedMentions(AllowedMentions allowedMentions)
    {
        _allowedMentions = allowedMentions;
        return this;
    }

    /// <summary>The payload.</summary>
    public MessagePayload Build()
    {
        if (string.IsNullOrEmpty(_content) && _embeds.Count == 0 && _rows.Count == 0)
        {
            throw new InvalidOperationException("A message needs content, an embed or a component.");
        }

        return new MessagePayload
        {
            Content = _content,
            Embeds = _embeds.Count == 0 ? null : _embeds.ToArray(),
            Components = _rows.Count == 0 ? null : _rows.ToArray(),
            Flags = _flags == 0 ? null : _flags,
            AllowedMentions = _allowedMentions,
            MessageReference = _reference,
        };
    }

    /// <summary>Shorthand: a text message that pings nobody.</summary>
    public static MessagePayload Text(string content) => new MessageBuilder().WithContent(content).Build();
}
