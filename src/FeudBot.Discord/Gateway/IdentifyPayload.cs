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

/// <summary>Connection properties; the <c>$os</c> spelling is deprecated.</summary>
internal sealed record IdentifyProperties
{
    public string Os { get; init; } = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
    public string Browser { get; init; } = "FeudBot.Discord";
    public string Device { get; init; } = "FeudBot.Discord";
}
