namespace FeudBot.Discord.Gateway;

/// <summary>Creates <see cref="WebSocketGatewayTransport"/>s.</summary>
public sealed class WebSocketGatewayTransportFactory : IGatewayTransportFactory
{
    /// <inheritdoc />
    public IGatewayTransport Create() => new WebSocketGatewayTransport();
}
