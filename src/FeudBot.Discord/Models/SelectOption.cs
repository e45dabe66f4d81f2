namespace FeudBot.Discord.Models;

/// <summary>A string select option.</summary>
public sealed record SelectOption
{
    public string Label { get; init; } = "";
    public string Value { get; init; } = "";
    public string? Description { get; init; }
    public PartialEmoji? Emoji { get; init; }
    public bool? Default { get; init; }
}
