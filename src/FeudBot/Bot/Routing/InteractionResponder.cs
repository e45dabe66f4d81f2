using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Bot.Routing;

/// <summary>
/// Answers one interaction exactly once and within Discord's 3 s: inline when the handler is done within
/// <see cref="BotOptions.DeferAfter"/>, else a deferral (type 5, or 6 for a button that edits its own
/// message) and an edit of the original when the handler finishes
/// (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction).
/// A failure is logged with its exception and the user gets a short localized apology, never the
/// exception text; 10062/40060 are logged and not retried.
/// </summary>
public sealed class InteractionResponder(
    InteractionRouter router,
    IInteractionCallbacks callbacks,
    IOptions<BotOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    BotText text,
    ILogger<InteractionResponder> logger)
{
    private readonly RecentIds _seen = new();
    private readonly TimeSpan _deferAfter = options.Value.DeferAfter;

    /// <param name="interaction">The interaction to answer.</param>
    /// <param name="receivedAt">The <see cref="TimeProvider"/> timestamp when its dispatch arrived.</param>
    /// <param name="cancellationToken">Cancels HTTP calls: only when a stopping host gives up on in-flight work.</param>
    public async Task HandleAsync(BotInteraction interaction, long receivedAt, CancellationToken cancellationToken)
    {
        if (!_seen.Add(interaction.Id))
        {
            InteractionLog.Duplicate(logger, interaction.Id);
            return;
        }

        var outcome = InteractionOutcome.Error;
        var path = "inline";
        // What Discord may already have: nothing, an initial response (perhaps: a failed call may still
        // have arrived, so it is never repeated), or a deferral (edits and follow-ups remain possible).
        var sent = Sent.Nothing;
        var deferredAsUpdate = false;
        try
        {
            if (router.TryRouteInstantly(interaction) is { } instant)
            {
                // Ready now (a repeated question): no thread hop, no deferral timer; under a burst this is most replies.
                sent = Sent.Initial;
                outcome = await RespondAsync(interaction, instant, cancellationToken).ConfigureAwait(false);
                return;
            }

            // The handler runs on the pool so the defer timer can fire while a slow answer is computed.
            var work = Task.Run(() => router.RouteAsync(interaction, cancellationToken).AsTask(), CancellationToken.None);
            var canDefer = interaction.Kind != BotInteractionKind.Autocomplete; // type 8 has no deferred form
            // Discord's 3 s run from the dispatch, not from here: time spent queued behind a burst counts.
            var deferAfter = router.DefersAtOnce(interaction) ? TimeSpan.Zero : _deferAfter - time.GetElapsedTime(receivedAt);
            if (deferAfter < TimeSpan.Zero) deferAfter = TimeSpan.Zero;
            if (canDefer && !work.IsCompleted && deferAfter > TimeSpan.Zero)
            {
                try
                {
                    await work.WaitAsync(deferAfter, time, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    // Too slow to answer inline: defer below.
                }
            }

            if (!canDefer || work.IsCompleted && deferAfter > TimeSpan.Zero)
            {
                var reply = await work.ConfigureAwait(false);
                sent = Sent.Initial;
                outcome = await RespondAsync(interaction, reply, cancellationToken).ConfigureAwait(false);
                return;
            }

            path = "deferred";
            var isPrivate = InteractionRouter.IsPrivate(interaction);
            deferredAsUpdate = interaction.Kind == BotInteractionKind.Component && !isPrivate;
            sent = Sent.Initial;
            var deferred = await callbacks.DeferAsync(interaction, deferredAsUpdate, isPrivate, cancellationToken).ConfigureAwait(false);
            if (deferred != CallbackResult.Sent)
            {
                outcome = Expired(interaction, deferred);
                return;
            }

            sent = Sent.Deferral;
            var late = await work.ConfigureAwait(false);
            var message = Checked(interaction, late).Message!;
            outcome = await SendAsync(interaction, () => deferredAsUpdate && late.Kind == BotReplyKind.Message
                ? callbacks.FollowUpAsync(interaction, message, cancellationToken)
                : callbacks.EditOriginalAsync(interaction, message, cancellationToken), late.Outcome).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            InteractionLog.Failed(logger, ex, interaction.Id, interaction.Name);
            outcome = InteractionOutcome.Error;
            await ApologizeAsync(interaction, sent, deferredAsUpdate, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            var ms = time.GetElapsedTime(receivedAt).TotalMilliseconds;
            metrics.Handled(interaction.Name, outcome, ms);
            InteractionLog.Handled(logger, interaction.Id, interaction.Name, interaction.Locale, outcome, ms, path);
        }
    }

    private Task<InteractionOutcome> RespondAsync(BotInteraction interaction, BotReply reply, CancellationToken cancellationToken) =>
        SendAsync(interaction, () => callbacks.RespondAsync(interaction, Checked(interaction, reply), cancellationToken), reply.Outcome);

    private async Task<InteractionOutcome> SendAsync(BotInteraction interaction, Func<Task<CallbackResult>> send, InteractionOutcome success)
    {
        var result = await send().ConfigureAwait(false);
        return result == CallbackResult.Sent ? success : Expired(interaction, result);
    }

    private InteractionOutcome Expired(BotInteraction interaction, CallbackResult result)
    {
        InteractionLog.Expired(logger, interaction.Id, interaction.Name, result);
        return InteractionOutcome.Expired;
    }

    /// <summary>Logs a reply that would break Discord's limits; renderers make this unreachable, tests prove it.</summary>
    private BotReply Checked(BotInteraction interaction, BotReply reply)
    {
        if (reply.Message is { } m && MessageLimits.Violations(m) is { Count: > 0 } problems)
            InteractionLog.OverLimits(logger, interaction.Id, interaction.Name, string.Join("; ", problems));
        return reply;
    }

    private async Task ApologizeAsync(BotInteraction interaction, Sent sent, bool deferredAsUpdate, CancellationToken cancellationToken)
    {
        // An initial response that failed may still have reached Discord: a second one could be a 40060
        // or, worse, a second answer. The user sees Discord's own "interaction failed" instead.
        if (sent == Sent.Initial || interaction.Kind == BotInteractionKind.Autocomplete) return;
        var apology = BotMessage.Text(text.Get(LocaleMapper.FromDiscordLocale(interaction.Locale), TextKey.ErrorApology), ephemeral: true);
        try
        {
            if (sent == Sent.Nothing)
                await callbacks.RespondAsync(interaction, BotReply.NewMessage(apology, InteractionOutcome.Error), cancellationToken).ConfigureAwait(false);
            else if (deferredAsUpdate)
                await callbacks.FollowUpAsync(interaction, apology, cancellationToken).ConfigureAwait(false);
            else
                await callbacks.EditOriginalAsync(interaction, apology, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The apology is best effort: the interaction may be gone. The first failure is already logged.
            logger.LogDebug(ex, "Could not apologize for interaction {InteractionId}", interaction.Id);
        }
    }

    private enum Sent
    {
        Nothing,
        Initial,
        Deferral,
    }
}
