namespace FeudBot.Discord.Models;

/// <summary>
/// Outgoing message body for create message, follow-ups, edit @original and message callbacks.
/// Null fields are omitted. Prefer <see cref="FeudBot.Discord.Builders.MessageBuilder"/>, which always sets
/// <c>allowed_mentions: {"parse": []}</c> unless told otherwise.
/// </summary>
public sealed record MessagePayload
{
    public string? Content { get; init; }
    public bool? Tts { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    /// <summary>See <see cref="MessageFlags"/>.</summary>
    public int? Flags { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    /// <summary>Makes the message a reply (create message only).</summary>
    public MessageReference? MessageReference { get; init; }
}
