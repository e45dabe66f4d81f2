namespace FeudBot.Discord.Models;

/// <summary>
/// Outgoing message body for create message, follow-ups, edit @original and message callbacks.
/// Null fields are omitted. Prefer <see cref="FeudBot.Discord.Builders.MessageBuilder"/>, which always sets
/// <c>allowed_mentions: {"parse": []}</c> unless told otherwise.
/// </summary>
public sealed record MessagePayload
{
    public string? Content { get; set; }
    public bool? Tts { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public AllowedMentions? AllowedMentions { get; set; }
    /// <summary>See <see cref="MessageFlags"/>.</summary>
    public int? Flags { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    /// <summary>Makes the message a reply (create message only).</summary>
    public MessageReference? MessageReference { get; set; }
}
