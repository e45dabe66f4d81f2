using FeudBot.Bot.Abuse;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Routing;
using FeudBot.Discord.Models;

namespace FeudBot.Bot.Transport;

/// <summary>
/// The slash commands, as sent to the bulk-overwrite endpoint: names and descriptions in English with
/// zh-TW, zh-CN and en-US localizations from the resource files
/// (https://discord.com/developers/docs/interactions/application-commands#localization), usable in
/// servers, the bot's DMs and private channels (<c>contexts</c> 0,1,2) for guild and user installs
/// (<c>integration_types</c> 0,1; https://discord.com/developers/docs/interactions/application-commands#contexts).
/// </summary>
public static class CommandDefinitions
{
    private static readonly InteractionContextType[] Everywhere =
        [InteractionContextType.Guild, InteractionContextType.BotDm, InteractionContextType.PrivateChannel];

    private static readonly ApplicationIntegrationType[] BothInstalls =
        [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall];

    /// <summary>The commands. Guild-scoped registration drops <c>contexts</c>/<c>integration_types</c>, which only global commands take.</summary>
    public static IReadOnlyList<ApplicationCommand> Build(bool global = true)
    {
        ApplicationCommand[] commands =
        [
            Command(CommandNames.Ask, TextKey.CmdAskName, TextKey.CmdAskDescription,
            [
                Option(CommandOptionType.String, TextKey.OptQuestionName, TextKey.OptQuestionDescription) with
                {
                    Required = true, MinLength = 1, MaxLength = QuestionLimits.MaxLength,
                },
                Option(CommandOptionType.Boolean, TextKey.OptPrivateName, TextKey.OptPrivateDescription),
            ]),
            Command(CommandNames.Timeline, TextKey.CmdTimelineName, TextKey.CmdTimelineDescription,
            [
                Option(CommandOptionType.Integer, TextKey.OptYearName, TextKey.OptYearDescription) with
                {
                    Autocomplete = true, MinValue = TimelineQuery.MinYear, MaxValue = TimelineQuery.MaxYear,
                },
                // Autocomplete sends a glossary id, but a typed name is accepted too (mapped to its id).
                Option(CommandOptionType.String, TextKey.OptPersonName, TextKey.OptPersonDescription) with
                {
                    Autocomplete = true, MaxLength = 100,
                },
                Option(CommandOptionType.String, TextKey.OptTopicName, TextKey.OptTopicDescription) with
                {
                    MaxLength = TimelineQuery.TopicMaxLength,
                },
            ]),
            Command(CommandNames.Sources, TextKey.CmdSourcesName, TextKey.CmdSourcesDescription, []),
            Command(CommandNames.About, TextKey.CmdAboutName, TextKey.CmdAboutDescription, []),
        ];
        return global ? commands : commands.Select(c => c with { Contexts = null, IntegrationTypes = null }).ToArray();
    }

    private static ApplicationCommand Command(string name, TextKey nameKey, TextKey descriptionKey, IReadOnlyList<CommandOption> options) => new()
    {
        Type = 1,
        Name = name,
        NameLocalizations = Localized(nameKey),
        Description = BotText.Instance.Get(ReplyLanguage.English, descriptionKey),
        DescriptionLocalizations = Localized(descriptionKey),
        Options = options.Count == 0 ? null : options,
        Contexts = Everywhere,
        IntegrationTypes = BothInstalls,
    };

    private static CommandOption Option(CommandOptionType type, TextKey nameKey, TextKey descriptionKey) => new()
    {
        Type = type,
        Name = BotText.Instance.Get(ReplyLanguage.English, nameKey),
        NameLocalizations = Localized(nameKey),
        Description = BotText.Instance.Get(ReplyLanguage.English, descriptionKey),
        DescriptionLocalizations = Localized(descriptionKey),
    };

    private static Dictionary<string, string> Localized(TextKey key) =>
        ReplyLanguage.All.ToDictionary(LocaleMapper.ToDiscordLocale, language => BotText.Instance.Get(language, key));
}
