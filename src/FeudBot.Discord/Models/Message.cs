namespace FeudBot.Discord.Models;

/// <summary>
/// A message as received (MESSAGE_CREATE dispatch, REST responses, interaction.message).
/// Without the MESSAGE_CONTENT intent, <see cref="Content"/> is empty except for mentions of the app and DMs.
/// </summary>
public sealed record Message
{
    public ulong Id { get; init; }
    public ulong ChannelId { get; init; }
    public ulong? GuildId { get; init; }
    public User? Author { get; init; }
    public GuildMember? Member { get; init; }
    public string? Content { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? EditedTimestamp { get; init; }
    public bool? Tts { get; init; }
    public bool? MentionEveryone { get; init; }
    public IReadOnlyList<User>? Mentions { get; init; }
    public IReadOnlyList<ulong>? MentionRoles { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    public bool? Pinned { get; init; }
    public int? Type { get; init; }
    public int? Flags { get; init; }
    public ulong? WebhookId { get; init; }
    public ulong? ApplicationId { get; init; }
    public MessageReference? MessageReference { get; init; }

    /// <summary>True when the author is a bot (ignore these to avoid bot loops).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFromBot => Author?.Bot == true;

    /// <summary>True when <paramref name="userId"/> is among <see cref="Mentions"/>.</summary>
    public bool MentionsUser(ulong userId) => Mentions?.Any(u => u.Id == userId) == true;
}
