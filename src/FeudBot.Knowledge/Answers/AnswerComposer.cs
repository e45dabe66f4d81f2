using System.Text;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Builds the extractive answer: one to three sentences of the best event in the asker's language (the
/// English note for English, the zh-Hant note for Traditional, the Chinese text shown in Simplified for
/// zh-Hans), dated, with the as-of prefix for the present state, and the references that support it.
/// </summary>
internal sealed partial class AnswerComposer(Story story, IReadOnlyList<IndexedSentence> sentences)
{
    private const int MaxCitations = 3;
    private readonly ILookup<(string Key, string Language), IndexedSentence> _byEvent =
        sentences.ToLookup(s => (s.EventKey, s.Language));

    public Answer Single(ParsedQuestion q, RankedEvent? best, TimelineEvent e)
    {
        var language = q.Language;
        var source = SourceLanguage(e, language);
        var picked = Pick(q, best, e, source);
        var body = string.Concat(picked.Select(s => Display(s.Text, source, language)));
        var prefix = e.Kind == EventKind.PresentState && story.AsOf is { } asOf
            ? AnswerPhrases.AsOf(asOf, language)
            : AnswerPhrases.Dated(e.Date, language);
        if (language == "en") body = string.Join(" ", picked.Select(s => s.Text));
        return new Answer(q.Question, language, true, prefix + body, q.Intent, [e], Citations([e], language), story.AsOf);
    }

    public Answer Span(ParsedQuestion q, IReadOnlyList<TimelineEvent> events, IReadOnlyList<SearchHit> hits, string? spanLabel)
    {
        var language = q.Language;
        var text = new StringBuilder(AnswerPhrases.SpanHeader(spanLabel, language));
        foreach (var e in events)
        {
            var source = SourceLanguage(e, language);
            var own = hits.Where(h => h.Sentence.EventKey == e.Key && h.Sentence.Language == source && !h.Sentence.IsTitle)
                .OrderByDescending(h => h.Score).ToList();
            // One line per event: one that says who ("Musk clashed with OpenAI") over one that says "he" if nearly as good.
            var named = own.FindIndex(h => !OpensWithPronoun(h.Sentence.Text, source) && h.Score >= 0.5 * own[0].Score);
            var best = (own.Count == 0 ? null : own[Math.Max(0, named)].Sentence)
                ?? _byEvent[(e.Key, source)].FirstOrDefault(s => !s.IsTitle) ?? _byEvent[(e.Key, source)].FirstOrDefault();
            var label = e.Kind == EventKind.PresentState && story.AsOf is { } asOf ? AnswerPhrases.AsOf(asOf, language).TrimEnd(' ', '：', ':') : DateLabels.Format(e.Date, language);
            text.Append('\n').Append("- ").Append(label).Append(language == "en" ? ": " : "：")
                .Append((best is null ? Display(e.TextFor(source).Title, source, language) : Display(best.Text, source, language)).TrimEnd('；', ';', '，', ','));
        }
        return new Answer(q.Question, language, true, text.ToString(), q.Intent, events, Citations(events, language), story.AsOf);
    }

    /// <summary>The event's title in the asker's language (Simplified display for zh-Hans).</summary>
    public static string Title(TimelineEvent e, string language)
    {
        var source = SourceLanguage(e, language);
        return Display(e.TextFor(source).Title, source, language);
    }

    /// <summary>The language whose note text an asker of <paramref name="language"/> reads.</summary>
    public static string SourceLanguage(TimelineEvent e, string language)
    {
        if (e.Texts.ContainsKey(language)) return language;
        if (language == "en") return e.Texts.Keys.First();
        var other = language == "zh-Hans" ? "zh-Hant" : "zh-Hans";
        return e.Texts.ContainsKey(other) ? other : e.Texts.Keys.FirstOrDefault(k => k != "en") ?? e.Texts.Keys.First();
    }

    private static string Display(string text, string source, string language) =>
        language == "zh-Hans" && source != "zh-Hans" ? SimplifiedDisplay.ToSimplified(text) : text;

    private List<IndexedSentence> Pick(ParsedQuestion q, RankedEvent? best, TimelineEvent e, string source)
    {
        var max = q.Intent switch { QuestionIntent.When or QuestionIntent.HowMuch => 1, QuestionIntent.Who => 2, _ => 3 };
        var hits = best?.Hits.Where(h => h.Sentence.Language == source && !h.Sentence.IsTitle).ToList() ?? [];
        List<IndexedSentence> picked;
        if (hits.Count > 0 && q.Intent == QuestionIntent.Why)
        {
            // Reasons sit around the sentence that names what happened: take the note's own run of sentences,
            // from the event's start, that reaches the best-matching one.
            var own = _byEvent[(e.Key, source)].Where(s => !s.IsTitle && s.Order >= 0).OrderBy(s => s.Order).ToList();
            var at = Math.Max(0, own.FindIndex(s => s.Id == hits[0].Sentence.Id));
            picked = own.Skip(Math.Max(0, at - (max - 1))).Take(max).ToList();
            if (picked.Count == 0) picked = [hits[0].Sentence];
        }
        else if (hits.Count > 0)
        {
            var top = hits[0].Score;
            picked = hits.Where(h => h.Score >= 0.45 * top).Take(max).Select(h => h.Sentence).ToList();
            AddForMissedWords(q, hits, picked, max);
            // About now, or about what happened: lead with the event's own first sentence (for the present state,
            // the statement that carries the as-of date), then the best matches.
            var leads = q.Intent == QuestionIntent.Now && e.Kind == EventKind.PresentState
                || q.Intent is QuestionIntent.What or QuestionIntent.Span && q.Dates.Count > 0;
            if (leads && _byEvent[(e.Key, source)].Where(s => !s.IsTitle && s.Order >= 0).MinBy(s => s.Order) is { } lead && !picked.Contains(lead))
            {
                picked = [lead, .. picked.Take(max - 1)];
            }
        }
        else
        {
            picked = _byEvent[(e.Key, source)].Where(s => !s.IsTitle).Take(Math.Max(max, 2)).ToList();
            if (picked.Count == 0) picked = _byEvent[(e.Key, source)].Take(1).ToList();
        }
        return WithAntecedents(picked, e, source).OrderBy(s => s.Order).ToList();
    }

    /// <summary>
    /// The best sentences say most of what was asked, but a word of the question they do not contain may be
    /// answered by a weaker one ("OpenAI怎麼解釋馬斯克離開董事會": the resignation is the best match, OpenAI's
    /// explanation a later sentence): while there is room, the best hit for each missed word is added.
    /// </summary>
    private static void AddForMissedWords(ParsedQuestion q, List<SearchHit> hits, List<IndexedSentence> picked, int max)
    {
        if (picked.Count >= max) return;
        var folded = new Dictionary<int, string>();
        string Folded(IndexedSentence s) => folded.TryGetValue(s.Id, out var f) ? f : folded[s.Id] = TextNormalizer.Normalize(s.Text);
        bool Says(IndexedSentence s, IGrouping<int, WeightedTerm> concept) => concept.Any(t => Folded(s).Contains(t.Term, StringComparison.Ordinal));
        foreach (var concept in q.Terms.GroupBy(t => t.Concept))
        {
            if (picked.Count >= max) return;
            if (picked.Any(s => Says(s, concept))) continue;
            if (hits.Select(h => h.Sentence).FirstOrDefault(s => !picked.Contains(s) && Says(s, concept)) is { } extra) picked.Add(extra);
        }
    }

    /// <summary>
    /// A sentence that opens with "he", "they", 他們 ("2015年，他們共同創辦了OpenAI"; not 兩人, which names the story's two) does not say who on its own:
    /// the note's sentence before it, in the same event, is added so the answer names them.
    /// </summary>
    private List<IndexedSentence> WithAntecedents(List<IndexedSentence> picked, TimelineEvent e, string source)
    {
        var result = new List<IndexedSentence>(picked);
        foreach (var s in picked)
        {
            if (!OpensWithPronoun(s.Text, source)) continue;
            var before = _byEvent[(e.Key, source)].Where(o => !o.IsTitle && o.Order < s.Order).MaxBy(o => o.Order);
            if (before is not null && !result.Contains(before)) result.Add(before);
        }
        return result;
    }

    private static bool OpensWithPronoun(string text, string source) =>
        source == "en" ? EnglishPronounOpening().IsMatch(text) : ChinesePronounOpening().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:In|By|Around)\s+[\w ]+,\s*)?(?:He|She|They|His|Her|Their)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishPronounOpening();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{4}年(?:\d{1,2}月)?(?:左右)?[，,、]?)?(?:他們|他们|他|她們|她们|她)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChinesePronounOpening();

    private List<Reference> Citations(IEnumerable<TimelineEvent> events, string language)
    {
        var source = language == "en" ? "en" : story.Notes.Any(n => n.Language == language) ? language : "zh-Hant";
        var references = story.ReferencesFor(source);
        var result = new List<Reference>();
        foreach (var e in events)
        {
            foreach (var c in e.Citations.OrderByDescending(c => c.Confidence))
            {
                if (result.Any(r => r.Number == c.Reference.Number)) continue;
                var reference = references.FirstOrDefault(r => r.Number == c.Reference.Number) ?? c.Reference;
                if (language == "zh-Hans" && source != "zh-Hans") reference = reference with { Title = SimplifiedDisplay.ToSimplified(reference.Title) };
                result.Add(reference);
                if (result.Count == MaxCitations) return result;
                break; // one reference per event keeps span answers short; single answers take up to three below
            }
        }
        if (result.Count < MaxCitations && events.Count() == 1)
        {
            foreach (var c in events.First().Citations.OrderByDescending(c => c.Confidence).Skip(1).Take(MaxCitations - result.Count))
            {
                var reference = references.FirstOrDefault(r => r.Number == c.Reference.Number) ?? c.Reference;
                if (language == "zh-Hans" && source != "zh-Hans") reference = reference with { Title = SimplifiedDisplay.ToSimplified(reference.Title) };
                if (result.All(r => r.Number != reference.Number)) result.Add(reference);
            }
        }
        return result;
    }
}
