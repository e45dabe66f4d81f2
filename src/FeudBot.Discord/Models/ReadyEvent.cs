namespace FeudBot.Discord.Models;

/// <summary>The READY dispatch (https://discord.com/developers/docs/events/gateway-events#ready).</summary>
public sealed record ReadyEvent
{
    public int V { get; init; }
    public User? User { get; init; }
    public IReadOnlyList<UnavailableGuild>? Guilds { get; init; }
    public string SessionId { get; init; } = "";
    public string ResumeGatewayUrl { get; init; } = "";
    public IReadOnlyList<int>? Shard { get; init; }
    public PartialApplication? Application { get; init; }
}

/// <summary>A guild stub in READY (becomes available with GUILD_CREATE).</summary>
public sealed record UnavailableGuild
{
    public ulong Id { get; init; }
    public bool? Unavailable { get; init; }
}

/// <summary>The application id and flags carried by READY.</summary>
public sealed record PartialApplication
{
    public ulong Id { get; init; }
    public long? Flags { get; init; }
}
