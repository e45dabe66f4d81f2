namespace FeudBot.Discord.Models;

/// <summary>
/// The <c>data</c> of an interaction response: message fields (types 4, 7), flags (type 5),
/// <see cref="Choices"/> (type 8) or custom_id/title/components (type 9).
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; set; }
    public bool? Tts { get; set; }
    public IReadOnlyList<Embed>? Embeds { get; set; }
    public AllowedMentions? AllowedMentions { get; set; }
    public int? Flags { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    /// <summary>Autocomplete suggestions, at most 25.</summary>
    public IReadOnlyList<CommandOptionChoice>? Choices { get; set; }
    /// <summary>Modal custom id (1-100 chars).</summary>
    public string? CustomId { get; set; }
    /// <summary>Modal title (max 45 chars).</summary>
    public string? Title { get; set; }

    /// <summary>Copies the message fields of <paramref name="message"/>.</summary>
    public static InteractionCallbackData FromMessage(MessagePayload message) => new()
    {
        Content = message.Content,
        Tts = message.Tts,
        Embeds = message.Embeds,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
        Components = message.Components,
    };
}
