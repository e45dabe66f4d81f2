namespace FeudBot.Discord.Models;

/// <summary>A custom (id) or unicode (name) emoji.</summary>
public sealed record PartialEmoji
{
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    public bool? Animated { get; set; }
}
