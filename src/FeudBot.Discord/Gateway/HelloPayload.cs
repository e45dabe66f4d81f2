namespace FeudBot.Discord.Gateway;

/// <summary>op 10 HELLO data.</summary>
internal sealed record HelloPayload
{
    public int HeartbeatInterval { get; init; }
}
