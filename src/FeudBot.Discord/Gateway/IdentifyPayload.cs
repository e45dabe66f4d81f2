namespace FeudBot.Discord.Gateway;

/// <summary>op 2 IDENTIFY data (https://discord.com/developers/docs/events/gateway-events#identify).</summary>
internal sealed record IdentifyPayload
{
    public string Token { get; init; } = "";
    public IdentifyProperties Properties { get; init; } = new();
    public int Intents { get; init; }
    public IReadOnlyList<int>? Shard { get; init; }
    public int? LargeThreshold { get; init; }
}
