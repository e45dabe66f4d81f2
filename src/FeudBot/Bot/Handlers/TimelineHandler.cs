using System.Globalization;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// <c>/timeline</c> and its components: the command opens page 1 with the chosen filters; a button
/// redraws the message in place (type 7) from the page state in its custom id; the select opens one
/// event privately. Ids that do not decode get a polite "run /timeline again", never an error.
/// </summary>
public sealed class TimelineHandler(
    IKnowledgeSource knowledge,
    TimelinePager pager,
    TimelineRenderer renderer,
    EventDetailRenderer detail,
    BotText text)
{
    public BotReply Command(BotInteraction interaction)
    {
        var language = LocaleMapper.FromDiscordLocale(interaction.Locale);
        int? year = int.TryParse(interaction.Option(CommandNames.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                    && y is >= TimelineQuery.MinYear and <= TimelineQuery.MaxYear ? y : null;
        var person = interaction.Option(CommandNames.Person) is { Length: > 0 } p ? ResolvePerson(p) : null;
        var topic = TimelineCustomId.Sanitize(interaction.Option(CommandNames.Topic));
        var query = new TimelineQuery(1, year, person, topic.Length == 0 ? null : topic);
        return BotReply.NewMessage(RenderPage(query, language));
    }

    public BotReply Component(BotInteraction interaction)
    {
        var language = LocaleMapper.FromDiscordLocale(interaction.Locale);
        if (!TimelineCustomId.TryDecode(interaction.CustomId, out var action, out var query))
            return BotReply.Notice(text.Get(language, TextKey.TimelineStale));

        if (action != TimelineAction.Select) return BotReply.Update(RenderPage(query, language));

        var story = knowledge.Current.Snapshot.Primary;
        var value = interaction.Values is [var first, ..] ? first : null;
        var chosen = story.Events.FirstOrDefault(e => TimelineRenderer.OptionValue(e) == value);
        return chosen is null
            ? BotReply.Notice(text.Get(language, TextKey.EventNotFound))
            : BotReply.NewMessage(detail.Render(chosen, story, language));
    }

    private Messages.BotMessage RenderPage(TimelineQuery query, string language)
    {
        var snapshot = knowledge.Current.Snapshot;
        var page = pager.GetPage(snapshot.Primary, snapshot.Glossary, query);
        return renderer.Render(page, snapshot.Primary, snapshot.Glossary, language);
    }

    /// <summary>
    /// Autocomplete sends a glossary id, but a user may also type a name and press enter: map any
    /// spelling to its id, and keep unknown text only when a custom id can carry it.
    /// </summary>
    private string? ResolvePerson(string typed)
    {
        var glossary = knowledge.Current.Snapshot.Glossary;
        var entry = glossary.Entries.FirstOrDefault(g => g.Id.Equals(typed, StringComparison.OrdinalIgnoreCase))
                    ?? glossary.Entries.FirstOrDefault(g => g.Names.Values.Concat(g.Aliases)
                        .Any(n => n.Equals(typed.Trim(), StringComparison.OrdinalIgnoreCase)));
        if (entry is not null) return entry.Id;
        var id = typed.Trim();
        return id.Length is > 0 and <= TimelineQuery.PersonMaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
               && char.IsAsciiLetterOrDigit(id[0]) ? id : null;
    }
}
