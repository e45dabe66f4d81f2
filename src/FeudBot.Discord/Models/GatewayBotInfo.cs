namespace FeudBot.Discord.Models;

/// <summary>Response of <c>GET /gateway/bot</c> (https://discord.com/developers/docs/events/gateway#get-gateway-bot).</summary>
public sealed record GatewayBotInfo
{
    public string Url { get; set; } = "";
    public int Shards { get; set; }
    public SessionStartLimit? SessionStartLimit { get; set; }
}
