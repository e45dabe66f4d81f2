namespace FeudBot.Discord.Models;

/// <summary>The READY dispatch (https://discord.com/developers/docs/events/gateway-events#ready).</summary>
public sealed record ReadyEvent
{
    public int V { get; set; }
    public User? User { get; set; }
    public IReadOnlyList<UnavailableGuild>? Guilds { get; set; }
    public string SessionId { get; set; } = "";
    public string ResumeGatewayUrl { get; set; } = "";
    public IReadOnlyList<int>? Shard { get; set; }
    public PartialApplication? Application { get; set; }
}
