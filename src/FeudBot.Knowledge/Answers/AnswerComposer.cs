using System.Collections.Concurrent;
using System.Text;
using FeudBot.Knowledge.Collections;
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
/// <remarks>
/// Speed: what does not depend on the question is worked out once (<see cref="ComposerSentences"/>), and a single
/// event's citations are kept per event and language: the same list every time, made on first use.
/// </remarks>
internal sealed partial class AnswerComposer
{
    private const int MaxCitations = 3;
    private readonly Story story;
    private readonly ComposerSentences _sentences;
    private readonly ConcurrentDictionary<(string Key, string Language), List<Reference>> _singleCitations = new();

    /// <param name="story">The story answered from.</param>
    /// <param name="sentences">The index's sentences (<see cref="IndexedSentence.Id"/> is the position).</param>
    /// <param name="normalized">Each sentence's text as <see cref="TextNormalizer.Normalize"/> makes it, by id.</param>
    public AnswerComposer(Story story, IReadOnlyList<IndexedSentence> sentences, IReadOnlyList<string> normalized)
    {
        this.story = story;
        _sentences = new ComposerSentences(sentences, normalized, s => OpensWithPronoun(s.Text, s.Language));
    }

    public Answer Single(ParsedQuestion q, RankedEvent? best, TimelineEvent e)
    {
        var language = q.Language;
        var source = SourceLanguage(e, language);
        var picked = Pick(q, best, e, source);
        var prefix = e.Kind == EventKind.PresentState && story.AsOf is { } asOf
            ? AnswerPhrases.AsOf(asOf, language)
            : AnswerPhrases.Dated(e.Date, language);
        var text = new StringBuilder(prefix);
        for (var i = 0; i < picked.Count; i++)
        {
            // English sentences are joined by a space, Chinese ones run on (their full stops end them).
            if (language == "en" && i > 0) text.Append(' ');
            text.Append(Display(picked[i], source, language));
        }
        var citations = _singleCitations.GetOrAdd((e.Key, language), static (key, arg) => arg.Self.Citations([arg.Event], key.Language), (Self: this, Event: e));
        return new Answer(q.Question, language, true, text.ToString(), q.Intent, [e], citations, story.AsOf);
    }

    public Answer Span(ParsedQuestion q, IReadOnlyList<TimelineEvent> events, IReadOnlyList<SearchHit> hits, string? spanLabel)
    {
        var language = q.Language;
        var text = new StringBuilder(AnswerPhrases.SpanHeader(spanLabel, language), 256 + 128 * events.Count);
        var own = new List<SearchHit>();
        foreach (var e in events.Items())
        {
            var source = SourceLanguage(e, language);
            OwnHits(hits, e.Key, source, own);
            // One line per event: one that says who ("Musk clashed with OpenAI") over one that says "he" if nearly as good.
            var named = -1;
            for (var i = 0; i < own.Count && named < 0; i++)
            {
                if (!_sentences.OpensWithPronoun(own[i].Sentence) && own[i].Score >= 0.5 * own[0].Score) named = i;
            }
            var all = _sentences.Of(e.Key, source);
            var best = (own.Count == 0 ? null : own[Math.Max(0, named)].Sentence)
                ?? Array.Find(all, s => !s.IsTitle) ?? (all.Length > 0 ? all[0] : null);
            var label = e.Kind == EventKind.PresentState && story.AsOf is { } asOf ? AnswerPhrases.AsOf(asOf, language).TrimEnd(' ', '：', ':') : DateLabels.Format(e.Date, language);
            text.Append('\n').Append("- ").Append(label).Append(language == "en" ? ": " : "：")
                .Append((best is null ? Display(e.TextFor(source).Title, source, language) : Display(best, source, language)).TrimEnd('；', ';', '，', ','));
        }
        return new Answer(q.Question, language, true, text.ToString(), q.Intent, events, Citations(events, language), story.AsOf);
    }

    /// <summary>The event's non-title hits in <paramref name="source"/>, best first (equal scores in hit order, as
    /// OrderByDescending kept them), into <paramref name="own"/> (cleared first; reused across a span's events).</summary>
    private static void OwnHits(IReadOnlyList<SearchHit> hits, string eventKey, string source, List<SearchHit> own)
    {
        own.Clear();
        foreach (var h in hits.Items())
        {
            if (h.Sentence.EventKey != eventKey || h.Sentence.Language != source || h.Sentence.IsTitle) continue;
            var at = own.Count;
            while (at > 0 && own[at - 1].Score < h.Score) at--;
            own.Insert(at, h);
        }
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

    // A note sentence in its own language (source): the Simplified display is made once per sentence.
    private string Display(IndexedSentence s, string source, string language) =>
        language == "zh-Hans" && source != "zh-Hans" ? _sentences.Simplified(s) : s.Text;

    private List<IndexedSentence> Pick(ParsedQuestion q, RankedEvent? best, TimelineEvent e, string source)
    {
        var max = q.Intent switch { QuestionIntent.When or QuestionIntent.HowMuch => 1, QuestionIntent.Who => 2, _ => 3 };
        var hits = new List<SearchHit>();
        if (best is not null)
        {
            foreach (var h in best.Hits.Items())
            {
                if (h.Sentence.Language == source && !h.Sentence.IsTitle) hits.Add(h);
            }
        }
        // The event's body in note order: the first is its own opening sentence.
        var body = _sentences.BodyOf(e.Key, source);
        List<IndexedSentence> picked;
        if (hits.Count > 0 && q.Intent == QuestionIntent.Why)
        {
            // Reasons sit around the sentence that names what happened: take the note's own run of sentences,
            // from the event's start, that reaches the best-matching one.
            var at = Math.Max(0, Array.FindIndex(body, s => s.Id == hits[0].Sentence.Id));
            var from = Math.Max(0, at - (max - 1));
            picked = [.. body.AsSpan(from, Math.Min(max, body.Length - from))];
            if (picked.Count == 0) picked = [hits[0].Sentence];
        }
        else if (hits.Count > 0)
        {
            var top = hits[0].Score;
            picked = new List<IndexedSentence>(max);
            foreach (var h in hits)
            {
                if (picked.Count == max) break;
                if (h.Score >= 0.45 * top) picked.Add(h.Sentence);
            }
            AddForMissedWords(q, hits, picked, max);
            // About now, or about what happened: lead with the event's own first sentence (for the present state,
            // the statement that carries the as-of date), then the best matches.
            var leads = q.Intent == QuestionIntent.Now && e.Kind == EventKind.PresentState
                || q.Intent is QuestionIntent.What or QuestionIntent.Span && q.Dates.Count > 0;
            if (leads && body.Length > 0 && body[0] is var lead && !Contains(picked, lead))
            {
                picked = [lead, .. picked.Take(max - 1)];
            }
        }
        else
        {
            var all = _sentences.Of(e.Key, source);
            picked = [.. all.Where(s => !s.IsTitle).Take(Math.Max(max, 2))];
            if (picked.Count == 0 && all.Length > 0) picked = [all[0]];
        }
        var result = WithAntecedents(picked, e, source);
        SortByOrder(result);
        return result;
    }

    private static bool OpensWithPronoun(string text, string source) =>
        source == "en" ? EnglishPronounOpening().IsMatch(text) : ChinesePronounOpening().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:In|By|Around)\s+[\w ]+,\s*)?(?:He|She|They|His|Her|Their)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishPronounOpening();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{4}年(?:\d{1,2}月)?(?:左右)?[，,、]?)?(?:他們|他们|他|她們|她们|她)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChinesePronounOpening();
}
