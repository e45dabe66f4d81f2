namespace FeudBot.Discord.Models;

/// <summary>A custom (id) or unicode (name) emoji.</summary>
public sealed record PartialEmoji
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    public bool? Animated { get; init; }
}
