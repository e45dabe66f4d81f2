namespace FeudBot.Discord.Models;

/// <summary>The GUILD_CREATE dispatch, partially: the bot needs little guild state.</summary>
public sealed record Guild
{
    public ulong Id { get; set; }
    public string? Name { get; set; }
    public bool? Unavailable { get; set; }
    public ulong? OwnerId { get; set; }
    public int? MemberCount { get; set; }
    public string? PreferredLocale { get; set; }
    public DateTimeOffset? JoinedAt { get; set; }
}
