namespace FeudBot.Discord.Models;

/// <summary>
/// One message component of any type (action row, button, select, text input), flattened into one
/// tolerant record: <see cref="Type"/> says which fields apply. Build them with
/// <see cref="FeudBot.Discord.Builders.Components"/>.
/// </summary>
public sealed record Component
{
    public ComponentType Type { get; set; }
    /// <summary>Optional numeric component id.</summary>
    public int? Id { get; set; }
    /// <summary>Children of an action row.</summary>
    public IReadOnlyList<Component>? Components { get; set; }
    /// <summary>Button style (or text input style).</summary>
    public int? Style { get; set; }
    public string? Label { get; set; }
    public string? CustomId { get; set; }
    public string? Url { get; set; }
    public bool? Disabled { get; set; }
    public PartialEmoji? Emoji { get; set; }
    public IReadOnlyList<SelectOption>? Options { get; set; }
    public string? Placeholder { get; set; }
    public int? MinValues { get; set; }
    public int? MaxValues { get; set; }
    /// <summary>Text input value (modal submit).</summary>
    public string? Value { get; set; }
    public bool? Required { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
}
