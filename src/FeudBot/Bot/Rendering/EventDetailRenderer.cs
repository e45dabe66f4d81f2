using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// One event opened from a timeline select: its full text, date and sources, as an ephemeral message so
/// only the person who chose it sees it.
/// </summary>
public sealed class EventDetailRenderer(BotText text, DisplayText display, TimelineRenderer timeline)
{
    public BotMessage Render(TimelineEvent e, Story story, string language)
    {
        var (title, body) = display.Event(e, language);
        var fields = new List<BotEmbedField>
        {
            new(text.Get(language, TextKey.AnswerEventDate), text.FormatDate(language, e.Date), Inline: true),
        };
        if (story.AsOf is { } asOf)
            fields.Add(new(text.Get(language, TextKey.AnswerAsOf), text.FormatDate(language, asOf), Inline: true));

        var sources = timeline.Sources(e, story, language);
        if (sources.Count > 0)
            fields.Add(new(text.Get(language, TextKey.AnswerSources), string.Join('\n', sources.Select(Markdown.ReferenceLine))));

        var footer = story.AsOf is { } a
            ? text.Format(language, TextKey.AnswerFooter, text.FormatDate(language, a))
            : text.Get(language, TextKey.AnswerFooterNoAsOf);
        var embed = new BotEmbed($"{text.FormatDate(language, e.Date)} · {Markdown.EscapeUserText(title)}", body, fields, footer, EmbedColors.Timeline);
        return BotMessage.Embed(EmbedFitter.Fit(embed), ephemeral: true);
    }
}
