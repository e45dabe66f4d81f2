using System.Text;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// A <c>/summary</c> reply as one embed: the filters, the summary (verified model text with its
/// <c>[n]</c> markers as links, or the note's own summary and the event titles), the as-of date, the
/// number of events and the sources as links; the footer says when the text is AI-generated and when the
/// model quota was used up. Fitted to Discord's embed limits by <see cref="EmbedFitter"/>.
/// </summary>
public sealed class SummaryRenderer(BotText text, DisplayText display, TimelineRenderer timeline)
{
    public BotMessage Render(SummaryResult summary, TimelineQuery query, Story story, int eventCount, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(story);
        var sb = new StringBuilder();
        if (query.HasFilters)
            sb.Append(text.Format(language, TextKey.TimelineFilters, timeline.DescribeFilters(query, Glossary.Empty, language))).Append("\n\n");
        // Only the reference table's URLs become links; model text itself may hold none (verified).
        sb.Append(summary.AiGenerated ? CitationLinker.Link(summary.Text, summary.Citations) : summary.Text);

        var fields = new List<BotEmbedField>();
        if (story.AsOf is { } asOf)
            fields.Add(new(text.Get(language, TextKey.AnswerAsOf), text.FormatDate(language, asOf), Inline: true));
        fields.Add(new(text.Get(language, TextKey.SummaryEvents), eventCount.ToString(BotText.CultureFor(language)), Inline: true));
        if (summary.Citations.Count > 0)
        {
            fields.Add(new(text.Get(language, TextKey.AnswerSources), Markdown.SourceLines(summary.Citations)));
        }

        var note = DisplayText.NoteFor(story, language);
        var embed = new BotEmbed(
            $"{text.Get(language, TextKey.SummaryTitle)} · {display.Show(language, note.Language, note.Title)}",
            sb.ToString().TrimEnd(),
            fields,
            Footer(summary, story.AsOf, language),
            EmbedColors.Answer);
        return BotMessage.Embed(EmbedFitter.Fit(embed));
    }

    /// <summary>The private "nothing to summarize" reply for filters no event matches.</summary>
    public BotMessage RenderEmpty(TimelineQuery query, string language) =>
        BotMessage.Text(TextTruncator.Truncate(
            text.Format(language, TextKey.SummaryEmpty, timeline.DescribeFilters(query, Glossary.Empty, language)),
            DiscordLimits.ContentLength), ephemeral: true);

    /// <summary>The as-of footer (AI-marked for model text), plus the quota note when that is why the model was skipped.</summary>
    public string Footer(SummaryResult summary, EventDate? asOf, string language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var footer = asOf is { } a
            ? text.Format(language, summary.AiGenerated ? TextKey.AnswerAiFooter : TextKey.AnswerFooter, text.FormatDate(language, a))
            : text.Get(language, TextKey.AnswerFooterNoAsOf);
        return summary.Fallback == FallbackReason.Quota ? footer + "\n" + text.Get(language, TextKey.ModelQuotaNote) : footer;
    }
}
