namespace FeudBot.Discord.Models;

/// <summary>A string select option.</summary>
public sealed record SelectOption
{
    public string Label { get; set; } = "";
    public string Value { get; set; } = "";
    public string? Description { get; set; }
    public PartialEmoji? Emoji { get; set; }
    public bool? Default { get; set; }
}
