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
