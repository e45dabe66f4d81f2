namespace FeudBot.Discord.Models;

/// <summary>The partial channel carried by an interaction.</summary>
public sealed record PartialChannel
{
    public ulong Id { get; init; }
    public int? Type { get; init; }
    public string? Name { get; init; }
    public ulong? GuildId { get; init; }
}
