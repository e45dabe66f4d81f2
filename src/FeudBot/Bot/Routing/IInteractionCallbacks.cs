using FeudBot.Bot.Messages;

namespace FeudBot.Bot.Routing;

/// <summary>
/// The three ways to answer an interaction over HTTP
/// (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction).
/// The Discord transport implements it over the REST client; tests use a recording fake. Implementations
/// map Discord's 10062/40060 to a <see cref="CallbackResult"/> and throw for anything else.
/// </summary>
public interface IInteractionCallbacks
{
    /// <summary><c>POST /interactions/{id}/{token}/callback</c> with type 4, 7 or 8.</summary>
    Task<CallbackResult> RespondAsync(BotInteraction interaction, BotReply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Type 5 (a "thinking…" message, for commands and selects that open a new message) or type 6 (a silent
    /// acknowledgement of a button that will edit its own message).
    /// </summary>
    Task<CallbackResult> DeferAsync(BotInteraction interaction, bool updateMessage, bool ephemeral, CancellationToken cancellationToken);

    /// <summary><c>PATCH /webhooks/{application_id}/{token}/messages/@original</c>.</summary>
    Task<CallbackResult> EditOriginalAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken);

    /// <summary><c>POST /webhooks/{application_id}/{token}</c>: a new message after a silent (type 6) acknowledgement.</summary>
    Task<CallbackResult> FollowUpAsync(BotInteraction interaction, BotMessage message, CancellationToken cancellationToken);
}
