namespace FeudBot.Discord.Models;

/// <summary>
/// A message as received (MESSAGE_CREATE dispatch, REST responses, interaction.message).
/// Without the MESSAGE_CONTENT intent, <see cref="Content"/> is empty except for mentions of the app and DMs.
/// </summary>
public sealed record Message
{
    public ulong Id { get; set; }
    public ulong ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    public User? Author { get; set; }
    public GuildMember? Member { get; set; }
    public string? Content { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? EditedTimestamp { get; set; }
    public bool? Tts { get; set; }
    public bool? MentionEveryone { get; set; }
    public IReadOnlyList<User>? Mentions { get; set; }
    public IReadOnlyList<ulong>? MentionRoles { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    public bool? Pinned { get; set; }
    public int? Type { get; set; }
    public int? Flags { get; set; }
    public ulong? WebhookId { get; set; }
    public ulong? ApplicationId { get; set; }
    public MessageReference? MessageReference { get; set; }

    /// <summary>True when the author is a bot (ignore these to avoid bot loops).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFromBot => Author?.Bot == true;

    /// <summary>True when <paramref name="userId"/> is among <see cref="Mentions"/>.</summary>
    public bool MentionsUser(ulong userId) => Mentions?.Any(u => u.Id == userId) == true;
}
