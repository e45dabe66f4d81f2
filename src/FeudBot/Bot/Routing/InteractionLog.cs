using Microsoft.Extensions.Logging;

namespace FeudBot.Bot.Routing;

/// <summary>The bot's structured log lines (source-generated: no boxing or formatting when disabled).</summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Interaction {InteractionId} {Command} locale {Locale}: {Outcome} in {LatencyMs:F1} ms ({Path})")]
    public static partial void Handled(ILogger logger, ulong interactionId, string command, string? locale, InteractionOutcome outcome, double latencyMs, string path);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error, Message = "Interaction {InteractionId} {Command} failed")]
    public static partial void Failed(ILogger logger, Exception exception, ulong interactionId, string command);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning,
        Message = "Interaction {InteractionId} {Command}: Discord answered {Result} (10062/40060); not retried")]
    public static partial void Expired(ILogger logger, ulong interactionId, string command, CallbackResult result);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Interaction {InteractionId} seen before; ignored (replayed duplicate)")]
    public static partial void Duplicate(ILogger logger, ulong interactionId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Interaction {InteractionId} {Command}: reply breaks Discord limits: {Problems}")]
    public static partial void OverLimits(ILogger logger, ulong interactionId, string command, string problems);
}
