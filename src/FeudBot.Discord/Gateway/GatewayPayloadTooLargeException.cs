namespace FeudBot.Discord.Gateway;

/// <summary>A gateway payload over 4096 bytes was refused before sending (Discord would close with 4002).</summary>
public sealed class GatewayPayloadTooLargeException(int size)
    : Exception($"Gateway payload of {size} bytes refused: Discord accepts at most {MaxBytes} bytes per payload.")
{
    /// <summary>Discord's limit (https://discord.com/developers/docs/events/gateway#sending-events).</summary>
    public const int MaxBytes = 4096;

    /// <summary>Size of the refused payload.</summary>
    public int Size { get; } = size;
}
