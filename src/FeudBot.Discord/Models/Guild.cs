namespace FeudBot.Discord.Models;

/// <summary>The GUILD_CREATE dispatch, partially: the bot needs little guild state.</summary>
public sealed record Guild
{
    public ulong Id { get; init; }
    public string? Name { get; init; }
    public bool? Unavailable { get; init; }
    public ulong? OwnerId { get; init; }
    public int? MemberCount { get; init; }
    public string? PreferredLocale { get; init; }
    public DateTimeOffset? JoinedAt { get; init; }
}
