namespace FeudBot.Discord.Models;

/// <summary>The partial channel carried by an interaction.</summary>
public sealed record PartialChannel
{
    public ulong Id { get; set; }
    public int? Type { get; set; }
    public string? Name { get; set; }
    public ulong? GuildId { get; set; }
}
