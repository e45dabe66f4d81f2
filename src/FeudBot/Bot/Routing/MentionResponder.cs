using System.Text.RegularExpressions;
using FeudBot.Bot.Handlers;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Bot.Routing;

/// <summary>
/// Answers a message that @mentions the bot, or a DM to it, with the same answer /ask gives, as a reply.
/// Never answers bots, itself, or messages seen before; can be switched off with
/// <see cref="BotOptions.AnswerMentions"/>.
/// </summary>
public sealed partial class MentionResponder(
    AskService ask,
    IMessageSender sender,
    IOptions<BotOptions> options,
    TimeProvider time,
    BotMetrics metrics,
    BotText text,
    ILogger<MentionResponder> logger)
{
    private readonly RecentIds _seen = new();

    /// <summary>Whether the bot should answer <paramref name="message"/> at all.</summary>
    public bool ShouldAnswer(BotMention message, ulong botUserId) =>
        options.Value.AnswerMentions
        && !message.AuthorIsBot
        && message.AuthorId != botUserId
        && (message.GuildId is null || message.MentionedUserIds.Contains(botUserId));

    public async Task HandleAsync(BotMention message, ulong botUserId, long receivedAt, CancellationToken cancellationToken)
    {
        if (!ShouldAnswer(message, botUserId) || !_seen.Add(message.MessageId)) return;

        var outcome = InteractionOutcome.Error;
        var attempted = false;
        try
        {
            var question = StripMentions(message.Content, botUserId);
            var reply = question.Length == 0
                ? BotReply.Notice(text.Get(ReplyLanguageResolver.Resolve(null, message.Content), TextKey.MentionEmpty))
                : await ask.AskAsync(message.AuthorId, question, locale: null, ephemeral: false, cancellationToken).ConfigureAwait(false);
            // Channel messages cannot be ephemeral: a notice is sent as a plain reply.
            attempted = true;
            await sender.ReplyAsync(message.ChannelId, message.MessageId, reply.Message! with { Ephemeral = false }, cancellationToken).ConfigureAwait(false);
            outcome = reply.Outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Reply to message {MessageId} in channel {ChannelId} failed", message.MessageId, message.ChannelId);
            // A reply whose call failed may still have been posted: never post a second message for it.
            if (attempted) return;
            try
            {
                var apology = BotMessage.Text(text.Get(ReplyLanguageResolver.Resolve(null, message.Content), TextKey.ErrorApology));
                await sender.ReplyAsync(message.ChannelId, message.MessageId, apology, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception inner) when (inner is not OperationCanceledException)
            {
                logger.LogDebug(inner, "Could not apologize for message {MessageId}", message.MessageId);
            }
        }
        finally
        {
            var ms = time.GetElapsedTime(receivedAt).TotalMilliseconds;
            metrics.Handled("mention", outcome, ms);
            logger.LogInformation("Message {MessageId} mention: {Outcome} in {LatencyMs:F1} ms", message.MessageId, outcome, ms);
        }
    }

    /// <summary>Removes the bot's own mention markup (<c>&lt;@id&gt;</c>, <c>&lt;@!id&gt;</c>) and trims.</summary>
    public static string StripMentions(string content, ulong botUserId) =>
        MentionMarkup().Replace(content, m => m.Groups[1].Value == botUserId.ToString(System.Globalization.CultureInfo.InvariantCulture) ? " " : m.Value)
            .Trim();

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex MentionMarkup();
}
