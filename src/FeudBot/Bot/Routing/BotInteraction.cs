namespace FeudBot.Bot.Routing;

/// <summary>
/// An interaction as the bot sees it, taken from an INTERACTION_CREATE dispatch
/// (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
/// </summary>
/// <param name="Id">The interaction id (used in the callback URL and to recognise a replayed duplicate).</param>
/// <param name="Token">The continuation token: 3 s for the first response, 15 min for edits.</param>
/// <param name="ApplicationId">Needed for the edit-original and follow-up URLs.</param>
/// <param name="Kind">Command, component or autocomplete.</param>
/// <param name="UserId">The user who acted (<c>member.user</c> in guilds, <c>user</c> in DMs).</param>
/// <param name="Locale">The user's client language, e.g. <c>zh-TW</c>.</param>
/// <param name="CommandName">The command's default (unlocalized) name, for commands and autocomplete.</param>
/// <param name="Options">Top-level option values as strings (numbers invariant, booleans <c>true</c>/<c>false</c>).</param>
/// <param name="FocusedOption">The option being typed, for autocomplete.</param>
/// <param name="CustomId">The component's custom id.</param>
/// <param name="Values">The chosen values of a select.</param>
public sealed record BotInteraction(
    ulong Id,
    string Token,
    ulong ApplicationId,
    BotInteractionKind Kind,
    ulong UserId,
    string? Locale,
    string? CommandName = null,
    IReadOnlyDictionary<string, string>? Options = null,
    string? FocusedOption = null,
    string? CustomId = null,
    IReadOnlyList<string>? Values = null)
{
    public string? Option(string name) => Options is not null && Options.TryGetValue(name, out var v) ? v : null;

    /// <summary>What logs call this interaction: the command name or the custom id's prefix.</summary>
    public string Name => CommandName ?? CustomId?.Split(':')[0] ?? "unknown";
}
