using Microsoft.Extensions.Logging;

namespace FeudBot.Discord.Gateway;

/// <summary>Source-generated structured log messages of the gateway. None of them takes the token.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(1, LogLevel.Information, "Gateway connecting to {Host} (resume: {Resume})")]
    public static partial void Connecting(ILogger logger, string host, bool resume);

    [LoggerMessage(2, LogLevel.Information, "Gateway identifying as shard [{ShardId}, {ShardCount}] with intents {Intents}")]
    public static partial void Identifying(ILogger logger, int shardId, int shardCount, int intents);

    [LoggerMessage(3, LogLevel.Information, "Gateway resuming session {SessionId} from sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, string sessionId, long sequence);

    [LoggerMessage(4, LogLevel.Information, "Gateway READY: session {SessionId}, application {ApplicationId}, user {UserId}")]
    public static partial void Ready(ILogger logger, string sessionId, ulong applicationId, ulong userId);

    [LoggerMessage(5, LogLevel.Information, "Gateway RESUMED at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, long sequence);

    [LoggerMessage(6, LogLevel.Warning, "Gateway connection ended ({Action}): {Reason}; close code {CloseCode}; reconnecting in {Delay}")]
    public static partial void ConnectionEnded(ILogger logger, GatewayCloseAction action, string reason, int? closeCode, TimeSpan delay);

    [LoggerMessage(7, LogLevel.Critical, "Gateway stopped for good: {Reason} (close code {CloseCode})")]
    public static partial void Fatal(ILogger logger, string reason, int? closeCode);

    [LoggerMessage(8, LogLevel.Warning, "Gateway zombied: no heartbeat ACK since the beat {Elapsed} ago; closing with 4000 to resume")]
    public static partial void Zombie(ILogger logger, TimeSpan elapsed);

    [LoggerMessage(9, LogLevel.Warning, "Gateway frame skipped, malformed {EventName}: {Error}")]
    public static partial void MalformedFrame(ILogger logger, string? eventName, string error);

    [LoggerMessage(10, LogLevel.Debug, "Duplicate INTERACTION_CREATE {InteractionId} at sequence {Sequence} dropped")]
    public static partial void DuplicateInteraction(ILogger logger, ulong interactionId, long sequence);

    [LoggerMessage(11, LogLevel.Warning, "No session starts left today; waiting {Delay} before IDENTIFY")]
    public static partial void NoSessionStartsLeft(ILogger logger, TimeSpan delay);

    [LoggerMessage(12, LogLevel.Debug, "Gateway HELLO: heartbeat every {Interval}, first beat in {FirstBeat}")]
    public static partial void Hello(ILogger logger, TimeSpan interval, TimeSpan firstBeat);

    [LoggerMessage(13, LogLevel.Warning, "Resume failed {Attempts} times in a row; starting a new session")]
    public static partial void ResumeGivenUp(ILogger logger, int attempts);
}
