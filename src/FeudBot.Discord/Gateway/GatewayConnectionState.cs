namespace FeudBot.Discord.Gateway;

/// <summary>Gateway state for health checks.</summary>
public enum GatewayConnectionState
{
    /// <summary>Not started, or between connections.</summary>
    Disconnected,
    /// <summary>Opening the socket, waiting for HELLO.</summary>
    Connecting,
    /// <summary>IDENTIFY sent, waiting for READY.</summary>
    Identifying,
    /// <summary>RESUME sent, waiting for RESUMED.</summary>
    Resuming,
    /// <summary>READY or RESUMED received: events flow.</summary>
    Active,
    /// <summary>Stopped for good by a fatal close code.</summary>
    FatallyClosed,
    /// <summary>Stopped by the caller.</summary>
    Stopped,
}
