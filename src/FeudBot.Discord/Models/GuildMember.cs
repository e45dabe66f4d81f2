namespace FeudBot.Discord.Models;

/// <summary>A guild member (partial in interactions and messages).</summary>
public sealed record GuildMember
{
    public User? User { get; init; }
    public string? Nick { get; init; }
    public string? Avatar { get; init; }
    public IReadOnlyList<ulong>? Roles { get; init; }
    public DateTimeOffset? JoinedAt { get; init; }
    public DateTimeOffset? PremiumSince { get; init; }
    public bool? Deaf { get; init; }
    public bool? Mute { get; init; }
    public bool? Pending { get; init; }
    public int? Flags { get; init; }
    /// <summary>Permission bitfield as Discord's decimal string.</summary>
    public string? Permissions { get; init; }
}
