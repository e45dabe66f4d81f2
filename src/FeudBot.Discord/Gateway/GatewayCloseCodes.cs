namespace FeudBot.Discord.Gateway;

/// <summary>
/// The single, pure close-code policy. Table from
/// https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes;
/// 4003/4005/4007/4009 say "start a new session", 4004 and 4010-4014 must not reconnect.
/// A server 1000/1001 (Cloudflare restarts), 1006, unknown codes and a missing close frame are resumable drops.
/// </summary>
public static class GatewayCloseCodes
{
    /// <summary>Close code this client uses when it closes to resume (anything but 1000/1001 keeps the session).</summary>
    public const int ResumableClose = 4000;

    /// <summary>Classifies a close code; null means the connection dropped without a close frame.</summary>
    public static GatewayCloseClassification Classify(int? code) => code switch
    {
        null => new(GatewayCloseAction.Resume, "connection dropped without a close frame"),
        4000 => new(GatewayCloseAction.Resume, "unknown error"),
        4001 => new(GatewayCloseAction.Resume, "unknown opcode sent (a client bug)"),
        4002 => new(GatewayCloseAction.Resume, "decode error: an invalid payload was sent (a client bug)"),
        4003 => new(GatewayCloseAction.NewSession, "not authenticated"),
        4004 => new(GatewayCloseAction.Fatal, "authentication failed: the token is wrong. Reset it in the Developer Portal (Bot page) and set Discord__Token"),
        4005 => new(GatewayCloseAction.NewSession, "already authenticated"),
        4007 => new(GatewayCloseAction.NewSession, "invalid sequence on resume"),
        4008 => new(GatewayCloseAction.Resume, "rate limited: too many gateway sends"),
        4009 => new(GatewayCloseAction.NewSession, "session timed out"),
        4010 => new(GatewayCloseAction.Fatal, "invalid shard: check Discord:ShardId and Discord:ShardCount"),
        4011 => new(GatewayCloseAction.Fatal, "sharding required: the bot is in too many guilds for Discord:ShardCount"),
        4012 => new(GatewayCloseAction.Fatal, "invalid API version"),
        4013 => new(GatewayCloseAction.Fatal, "invalid intents: Discord:Intents contains an unknown bit"),
        4014 => new(GatewayCloseAction.Fatal, "disallowed intents: a privileged intent not enabled in the Developer Portal (Bot page → Privileged Gateway Intents) was requested in Discord:Intents"),
        1000 or 1001 => new(GatewayCloseAction.Resume, $"server closed normally ({code}); treated as a resumable drop"),
        1006 => new(GatewayCloseAction.Resume, "abnormal closure (1006)"),
        _ => new(GatewayCloseAction.Resume, $"unknown close code {code}"),
    };
}
