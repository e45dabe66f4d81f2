using System.Collections.Concurrent;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;

namespace FeudBot.Tests.Bot;

/// <summary>Records every response the responder sends; can answer 10062 to play a late interaction.</summary>
internal sealed class RecordingCallbacks : IInteractionCallbacks, IMessageSender
{
    public ConcurrentQueue<(string Call, ulong Id, object? Payload)> Calls { get; } = new();

    public CallbackResult NextResult { get; set; } = CallbackResult.Sent;

    /// <summary>When set, the next initial response throws it after being recorded (a call whose fate is unknown).</summary>
    public Exception? RespondFailure { get; set; }

    public Task<CallbackResult> RespondAsync(BotInteraction interaction, BotReply reply, CancellationToken cancellationToken)
    {
        var result = Record("respond", interaction.Id, reply);
        if (RespondFailure is { } failure)
        {
            RespondFailure = null;
            return Task.FromException<CallbackResult>(failure);
        }

        return result;
    }

    public Task<CallbackResult> DeferAsync(BotInteraction interaction, bool updateMessage, bool ephemeral, CancellationToken cancellationToken) =>
        Record(updateMessage ? "defer-update" : ephemeral ? "defer-ephemeral" : "defer", interaction.Id, null);

    public Task<CallbackResult> EditOriginalAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken) =>
        Record("edit", interaction.Id, message);

    public Task<CallbackResult> FollowUpAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken) =>
        Record("followup", interaction.Id, message);

    public Task ReplyAsync(ulong channelId, ulong replyToMessageId, BotMessage message, CancellationToken cancellationToken) =>
        Record("reply", replyToMessageId, message);

    private Task<CallbackResult> Record(string call, ulong id, object? payload)
    {
        Calls.Enqueue((call, id, payload));
        return Task.FromResult(NextResult);
    }
}
