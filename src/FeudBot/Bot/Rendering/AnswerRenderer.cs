using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Knowledge.Answers;
using FeudBot.Llm;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// An <see cref="Answer"/> as one embed: the question as title, the answer, the event date, the as-of
/// date and the sources as links; a decline says what the note covers and points to /timeline. All fixed
/// words come in the answer's language.
/// </summary>
public sealed class AnswerRenderer(BotText text)
{
    public BotMessage Render(Answer answer, bool ephemeral = false) => Render(answer, summary: null, ephemeral);

    /// <summary>
    /// The answer as phrased by the language model when <paramref name="summary"/> holds verified model
    /// text: its <c>[n]</c> markers become links to the note's references and the footer says it is an
    /// AI-generated summary. A fallback summary renders as the extractive answer.
    /// </summary>
    public BotMessage Render(Answer answer, SummaryResult? summary, bool ephemeral)
    {
        if (summary is { AiGenerated: true })
        {
            answer = answer with
            {
                Text = CitationLinker.Link(summary.Text, summary.Citations),
                Citations = summary.Citations.Count > 0 ? summary.Citations : answer.Citations,
            };
        }

        var language = ReplyLanguage.IsKnown(answer.Language) ? answer.Language : ReplyLanguage.English;
        var fields = new List<BotEmbedField>();
        if (answer.Answered && answer.Events.Count > 0)
        {
            fields.Add(new(text.Get(language, TextKey.AnswerEventDate), text.FormatDate(language, answer.Events[0].Date), Inline: true));
        }

        if (answer.AsOf is { } asOf)
        {
            fields.Add(new(text.Get(language, TextKey.AnswerAsOf), text.FormatDate(language, asOf), Inline: true));
        }

        if (answer.Citations.Count > 0)
        {
            fields.Add(new(text.Get(language, TextKey.AnswerSources), Markdown.SourceLines(answer.Citations)));
        }

        var footer = answer.AsOf is { } a
            ? text.Format(language, summary is { AiGenerated: true } ? TextKey.AnswerAiFooter : TextKey.AnswerFooter, text.FormatDate(language, a))
            : text.Get(language, TextKey.AnswerFooterNoAsOf);
        // The asker should know why this answer reads differently from the AI-phrased ones before it.
        if (summary?.Fallback == FallbackReason.Quota) footer += "\n" + text.Get(language, TextKey.ModelQuotaNote);

        var embed = answer.Answered
            ? new BotEmbed(Markdown.EscapeUserText(answer.Question), answer.Text, fields, footer, EmbedColors.Answer)
            : new BotEmbed(text.Get(language, TextKey.DeclineTitle),
                WithTimelineHint(answer.Text, language), fields, footer, EmbedColors.Decline);
        return BotMessage.Embed(EmbedFitter.Fit(embed), ephemeral);
    }

    /// <summary>The engine's decline usually names /timeline already; add the pointer only when it does not.</summary>
    private string WithTimelineHint(string decline, string language)
    {
        var command = "/" + text.Get(language, TextKey.CmdTimelineName);
        return decline.Contains("/timeline", StringComparison.OrdinalIgnoreCase) || decline.Contains(command, StringComparison.Ordinal)
            ? decline
            : decline + "\n\n" + text.Get(language, TextKey.DeclineHint);
    }
}
