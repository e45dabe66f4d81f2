namespace FeudBot.Discord.Gateway;

/// <summary>Creates a fresh transport per connection attempt (tests replace it).</summary>
public interface IGatewayTransportFactory
{
    /// <summary>A new, unconnected transport.</summary>
    IGatewayTransport Create();
}
