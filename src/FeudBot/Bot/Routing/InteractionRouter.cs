using FeudBot.Bot.Handlers;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;

namespace FeudBot.Bot.Routing;

/// <summary>Sends each interaction to its handler by kind, command name or custom id prefix.</summary>
public sealed class InteractionRouter(AskService ask, SummaryHandler summary, TimelineHandler timeline, AutocompleteHandler autocomplete, InfoHandler info, BotText text)
{
    /// <param name="interaction">The interaction to answer.</param>
    /// <param name="cancellationToken">Cancels slow work (a model call) when a stopping host gives up on it.</param>
    public ValueTask<BotReply> RouteAsync(BotInteraction interaction, CancellationToken cancellationToken) => interaction switch
    {
        { Kind: BotInteractionKind.Command, CommandName: CommandNames.Ask } =>
            ask.AskAsync(interaction.UserId, interaction.Option(CommandNames.Question), interaction.Locale, IsPrivate(interaction), cancellationToken),
        { Kind: BotInteractionKind.Command, CommandName: CommandNames.Summary } => summary.SummaryAsync(interaction, cancellationToken),
        _ => ValueTask.FromResult(Route(interaction)),
    };

    /// <summary>
    /// The reply when it is ready without real work (a cached /ask answer, a refused question), else null. Lets the
    /// responder answer on the spot, without moving the work to another thread or arming the deferral timer.
    /// </summary>
    public BotReply? TryRouteInstantly(BotInteraction interaction) => interaction is { Kind: BotInteractionKind.Command, CommandName: CommandNames.Ask }
        ? ask.TryAskInstantly(interaction.UserId, interaction.Option(CommandNames.Question), interaction.Locale, IsPrivate(interaction))
        : null;

    /// <summary>True when the reply will surely be slow (a model call): defer at once instead of waiting for the threshold.</summary>
    public bool DefersAtOnce(BotInteraction interaction) =>
        interaction.Kind == BotInteractionKind.Command
        && (interaction.CommandName == CommandNames.Ask && ask.UsesModel || interaction.CommandName == CommandNames.Summary && summary.UsesModel);

    private BotReply Route(BotInteraction interaction) => interaction.Kind switch
    {
        BotInteractionKind.Command => interaction.CommandName switch
        {
            CommandNames.Timeline => timeline.Command(interaction),
            CommandNames.Sources => info.Sources(interaction),
            CommandNames.About => info.About(interaction),
            _ => Unknown(interaction),
        },
        BotInteractionKind.Component when interaction.CustomId?.StartsWith(TimelineCustomId.Prefix, StringComparison.Ordinal) == true
            => timeline.Component(interaction),
        BotInteractionKind.Component => BotReply.Notice(text.Get(LocaleMapper.FromDiscordLocale(interaction.Locale), TextKey.TimelineStale)),
        BotInteractionKind.Autocomplete => autocomplete.Suggest(interaction),
        _ => Unknown(interaction),
    };

    /// <summary>Whether the reply, and so a deferral, must be ephemeral: <c>/ask private:true</c> and event details.</summary>
    public static bool IsPrivate(BotInteraction interaction) =>
        interaction.Kind == BotInteractionKind.Command && interaction.CommandName == CommandNames.Ask
            ? string.Equals(interaction.Option(CommandNames.Private), "true", StringComparison.OrdinalIgnoreCase)
            : interaction.Kind == BotInteractionKind.Component && TimelineCustomId.TryDecode(interaction.CustomId, out var action, out _)
              && action == TimelineAction.Select;

    private BotReply Unknown(BotInteraction interaction) =>
        BotReply.Notice(text.Get(LocaleMapper.FromDiscordLocale(interaction.Locale), TextKey.UnknownCommand));
}
