namespace FeudBot.Discord.Models;

/// <summary>A guild stub in READY (becomes available with GUILD_CREATE).</summary>
public sealed record UnavailableGuild
{
    public ulong Id { get; set; }
    public bool? Unavailable { get; set; }
}
