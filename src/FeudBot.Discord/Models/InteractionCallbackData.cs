namespace FeudBot.Discord.Models;

/// <summary>
/// The <c>data</c> of an interaction response: message fields (types 4, 7), flags (type 5),
/// <see cref="Choices"/> (type 8) or custom_id/title/components (type 9).
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }
    public bool? Tts { get; init; }
    public IReadOnlyList<Embed>? Embeds { get; init; }
    public AllowedMentions? AllowedMentions { get; init; }
    public int? Flags { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    /// <summary>Autocomplete suggestions, at most 25.</summary>
    public IReadOnlyList<CommandOptionChoice>? Choices { get; init; }
    /// <summary>Modal custom id (1-100 chars).</summary>
    public string? CustomId { get; init; }
    /// <summary>Modal title (max 45 chars).</summary>
    public string? Title { get; init; }

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
