namespace FeudBot.Discord.Models;

/// <summary>Embed field.</summary>
public sealed record EmbedField
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public bool? Inline { get; set; }
}
