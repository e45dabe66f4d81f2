namespace FeudBot.Discord.Models;

/// <summary>A guild member (partial in interactions and messages).</summary>
public sealed record GuildMember
{
    public User? User { get; set; }
    public string? Nick { get; set; }
    public string? Avatar { get; set; }
    public IReadOnlyList<ulong>? Roles { get; set; }
    public DateTimeOffset? JoinedAt { get; set; }
    public DateTimeOffset? PremiumSince { get; set; }
    public bool? Deaf { get; set; }
    public bool? Mute { get; set; }
    public bool? Pending { get; set; }
    public int? Flags { get; set; }
    /// <summary>Permission bitfield as Discord's decimal string.</summary>
    public string? Permissions { get; set; }
}
