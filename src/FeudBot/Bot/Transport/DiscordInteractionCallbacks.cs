using System.Runtime.CompilerServices;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;
using FeudBot.Discord.Models;
using FeudBot.Discord.Rest;

namespace FeudBot.Bot.Transport;

/// <summary>
/// <see cref="IInteractionCallbacks"/> over the REST client. 10062 (unknown interaction) and 40060
/// (already acknowledged) come back as results, not exceptions: the responder logs them and never
/// retries (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes).
/// </summary>
public sealed class DiscordInteractionCallbacks(DiscordRestClient rest) : IInteractionCallbacks, IMessageSender
{
    // A reply served from the answer cache goes to many users: its body is serialized once, and lives as long as
    // the reply does (the table holds it weakly, keyed by the reply object). Only those: every entry is a dependent
    // handle the garbage collector scans, and a table of one-off replies made each collection slower.
    private readonly ConditionalWeakTable<BotReply, PreparedInteractionResponse> _bodies = new();

    public Task<CallbackResult> RespondAsync(BotInteraction interaction, BotReply reply, CancellationToken cancellationToken) =>
        Call(() => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, reply.Reused ? _bodies.GetValue(reply, Prepare) : Prepare(reply), cancellationToken));

    public Task<CallbackResult> DeferAsync(BotInteraction interaction, bool updateMessage, bool ephemeral, CancellationToken cancellationToken) =>
        Call(() => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token,
            updateMessage ? InteractionResponse.DeferredUpdate() : InteractionResponse.Deferred(ephemeral), cancellationToken));

    public Task<CallbackResult> EditOriginalAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken) =>
        Call(() => rest.EditOriginalResponseAsync(interaction.ApplicationId, interaction.Token, WireMapper.ToEdit(message), cancellationToken));

    public Task<CallbackResult> FollowUpAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken) =>
        Call(() => rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, WireMapper.ToPayload(message), cancellationToken));

    public Task ReplyAsync(ulong channelId, ulong replyToMessageId, BotMessage message, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channelId, WireMapper.ToPayload(message with { Ephemeral = false }, replyToMessageId), cancellationToken);

    private static PreparedInteractionResponse Prepare(BotReply reply) => PreparedInteractionResponse.From(WireMapper.ToResponse(reply));

    private static async Task<CallbackResult> Call(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
            return CallbackResult.Sent;
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordRestException.UnknownInteraction)
        {
            return CallbackResult.UnknownInteraction;
        }
        catch (DiscordRestException ex) when (ex.Code == DiscordRestException.InteractionAlreadyAcknowledged)
        {
            return CallbackResult.AlreadyAcknowledged;
        }
    }
}
