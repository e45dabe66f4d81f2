using System.Reflection;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot.Handlers;

/// <summary><c>/sources</c> and <c>/about</c>: fixed facts about the loaded note and the bot.</summary>
public sealed class InfoHandler(IKnowledgeSource knowledge, SourcesRenderer sources, AboutRenderer about)
{
    /// <summary>The informational version of the executable (e.g. <c>0.1.0+abc123</c>).</summary>
    public static string Version { get; } =
        typeof(InfoHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(InfoHandler).Assembly.GetName().Version?.ToString() ?? "0";

    public BotReply Sources(BotInteraction interaction) =>
        BotReply.NewMessage(sources.Render(knowledge.Current.Snapshot.Primary, LocaleMapper.FromDiscordLocale(interaction.Locale)));

    public BotReply About(BotInteraction interaction)
    {
        var state = knowledge.Current;
        return BotReply.NewMessage(about.Render(new AboutInfo(state.Snapshot, state.LoadedAt, Version), LocaleMapper.FromDiscordLocale(interaction.Locale)));
    }
}
