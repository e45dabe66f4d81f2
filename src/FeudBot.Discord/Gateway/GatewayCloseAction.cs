namespace FeudBot.Discord.Gateway;

/// <summary>What to do after a connection ended.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect on resume_gateway_url and RESUME the session.</summary>
    Resume,
    /// <summary>Forget the session, reconnect on the cached gateway URL and IDENTIFY.</summary>
    NewSession,
    /// <summary>Stop: retrying cannot help (bad token, bad shard, bad intents).</summary>
    Fatal,
}
