namespace FeudBot.Discord.Models;

/// <summary>
/// One message component of any type (action row, button, select, text input), flattened into one
/// tolerant record: <see cref="Type"/> says which fields apply. Build them with
/// <see cref="FeudBot.Discord.Builders.Components"/>.
/// </summary>
public sealed record Component
{
    public ComponentType Type { get; init; }
    /// <summary>Optional numeric component id.</summary>
    public int? Id { get; init; }
    /// <summary>Children of an action row.</summary>
    public IReadOnlyList<Component>? Components { get; init; }
    /// <summary>Button style (or text input style).</summary>
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? CustomId { get; init; }
    public string? Url { get; init; }
    public bool? Disabled { get; init; }
    public PartialEmoji? Emoji { get; init; }
    public IReadOnlyList<SelectOption>? Options { get; init; }
    public string? Placeholder { get; init; }
    public int? MinValues { get; init; }
    public int? MaxValues { get; init; }
    /// <summary>Text input value (modal submit).</summary>
    public string? Value { get; init; }
    public bool? Required { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
}
