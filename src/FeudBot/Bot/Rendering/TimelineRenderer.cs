using System.Security.Cryptography;
using System.Text;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// One timeline page: an embed listing its events (date, title, a short text, source markers), "page x of
/// y", First/Previous/Next/Last buttons whose custom ids hold the target page and filters, and a select
/// that opens one event of the page.
/// </summary>
public sealed class TimelineRenderer(BotText text, DisplayText display)
{
    /// <summary>Characters of an event's text shown on a page; the select opens the full text.</summary>
    private const int EventExcerptLength = 600;

    public BotMessage Render(TimelinePage page, Story story, Glossary glossary, string language, bool ephemeral = false)
    {
        var sb = new StringBuilder();
        if (page.Query.HasFilters) sb.Append(text.Format(language, TextKey.TimelineFilters, DescribeFilters(page.Query, glossary, language))).Append("\n\n");
        if (page.Events.Count == 0) sb.Append(text.Get(language, TextKey.TimelineEmpty));

        foreach (var e in page.Events)
        {
            var (title, body) = display.Event(e, language);
            sb.Append("**").Append(text.FormatDate(language, e.Date)).Append("** · ").Append(Markdown.EscapeUserText(title)).Append('\n')
              .Append(TextTruncator.Truncate(body, EventExcerptLength));
            var markers = Sources(e, story, language).Select(Markdown.ReferenceMarker).ToArray();
            if (markers.Length > 0) sb.Append('\n').Append(string.Join(' ', markers));
            sb.Append("\n\n");
        }

        var noteTitle = display.Show(language, DisplayText.NoteFor(story, language).Language, DisplayText.NoteFor(story, language).Title);
        var embed = new BotEmbed(
            $"{text.Get(language, TextKey.TimelineTitle)} · {noteTitle}",
            sb.ToString().TrimEnd(),
            [],
            text.Format(language, TextKey.TimelineFooter, page.Number, page.PageCount, page.TotalEvents),
            EmbedColors.Timeline);

        var rows = page.Events.Count == 0 ? [] : new[] { NavigationRow(page, language), SelectRow(page, language) };
        return new BotMessage(null, [EmbedFitter.Fit(embed)], rows, ephemeral);
    }

    /// <summary>The value a select option carries for an event: its key, or a hash of a key over 100 characters.</summary>
    public static string OptionValue(TimelineEvent e) =>
        e.Key.Length <= DiscordLimits.SelectOptionTextLength
            ? e.Key
            : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(e.Key)))[..32];

    /// <summary>The references that support an event, titled as the reader's note titles them.</summary>
    public IReadOnlyList<Reference> Sources(TimelineEvent e, Story story, string language)
    {
        if (story.Notes.Count == 0) return e.Citations.Select(c => c.Reference).DistinctBy(r => r.Number).ToArray();
        var note = DisplayText.NoteFor(story, language);
        return e.Citations
            .Select(c => story.ReferenceFor(c.Reference, note.Language))
            .Select(r => r with { Title = display.Show(language, note.Language, r.Title) })
            .DistinctBy(r => r.Number).OrderBy(r => r.Number).ToArray();
    }

    private BotActionRow NavigationRow(TimelinePage page, string language)
    {
        BotButton Button(TimelineAction action, TextKey label, bool disabled) => new(
            TimelineCustomId.Encode(action, page.Query.WithPage(TimelinePager.Target(action, page.Number, page.PageCount))),
            text.Get(language, label),
            BotButtonStyle.Secondary,
            disabled);

        return new BotActionRow(
        [
            Button(TimelineAction.First, TextKey.ButtonFirst, page.IsFirst),
            Button(TimelineAction.Previous, TextKey.ButtonPrevious, page.IsFirst),
            Button(TimelineAction.Next, TextKey.ButtonNext, page.IsLast),
            Button(TimelineAction.Last, TextKey.ButtonLast, page.IsLast),
        ]);
    }

    private BotActionRow SelectRow(TimelinePage page, string language)
    {
        var options = page.Events.Take(DiscordLimits.SelectOptions).DistinctBy(OptionValue).Select(e =>
        {
            var (title, body) = display.Event(e, language);
            var label = TextTruncator.Truncate($"{text.FormatDate(language, e.Date)} · {title}", DiscordLimits.SelectOptionTextLength);
            var description = TextTruncator.Truncate(body.ReplaceLineEndings(" "), DiscordLimits.SelectOptionTextLength);
            return new BotSelectOption(label, OptionValue(e), description);
        }).ToArray();

        return new BotActionRow([new BotSelect(
            TimelineCustomId.Encode(TimelineAction.Select, page.Query),
            TextTruncator.Truncate(text.Get(language, TextKey.SelectEventPlaceholder), DiscordLimits.SelectPlaceholderLength),
            options)]);
    }

    private string DescribeFilters(TimelineQuery query, Glossary glossary, string language)
    {
        var parts = new List<string>();
        if (query.Year is { } y) parts.Add(text.Format(language, TextKey.TimelineFilterYear, y));
        if (query.Person is { } p) parts.Add(text.Format(language, TextKey.TimelineFilterPerson, PersonName(p, glossary, language)));
        if (query.Topic is { } t) parts.Add(text.Format(language, TextKey.TimelineFilterTopic, Markdown.EscapeUserText(t)));
        return string.Join(text.Get(language, TextKey.ListSeparator), parts);
    }

    /// <summary>A glossary entry's display name in <paramref name="language"/> (or its zh-Hant name converted).</summary>
    public string PersonName(string id, Glossary glossary, string language)
    {
        var entry = glossary.Entries.FirstOrDefault(g => g.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return id;
        if (entry.Names.TryGetValue(language, out var exact)) return exact;
        if (language == ReplyLanguage.SimplifiedChinese && entry.Names.TryGetValue(ReplyLanguage.TraditionalChinese, out var hant))
            return display.Show(language, ReplyLanguage.TraditionalChinese, hant);
        return entry.Names.Values.FirstOrDefault() ?? id;
    }
}
