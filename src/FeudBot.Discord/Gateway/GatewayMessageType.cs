namespace FeudBot.Discord.Gateway;

/// <summary>What <see cref="IGatewayTransport.ReceiveAsync"/> received.</summary>
public enum GatewayMessageType
{
    Text,
    Binary,
    Close,
}
