using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// The extractive answerer: understands the question, checks that the note covers it, retrieves the best
/// event from the Lucene index and composes a dated, sourced answer in the asker's language, or declines.
/// Build one per snapshot (the index is built in the constructor, a few milliseconds); thread-safe.
/// </summary>
/// <remarks>
/// Declining is decided before ranking, so a question that shares words with the note (Tesla, 2024) but
/// asks about something the note never mentions (revenue) is declined:
/// <list type="number">
/// <item>a date before the story starts or after its as-of date, or a date on which the note records nothing;</item>
/// <item>any content word that is not in the note, the glossary or a concept group the note uses;</item>
/// <item>nothing left to look up (only question words, or a relative date such as 去年 that is not guessed);</item>
/// <item>a question about the future (the note never predicts), or a "how much" whose best event states no figure;</item>
/// <item>a question to the bot itself ("you", 你) that names nobody of the story;</item>
/// <item>an answering event that does not name everyone and everything the question names.</item>
/// </list>
/// </remarks>
public sealed class Answerer : IAnswerer, IDisposable
{
    private readonly Story _story;
    private readonly KnowledgeIndex _index;
    private readonly QuestionParser _parser;
    private readonly AnswerComposer _composer;
    private readonly IReadOnlyDictionary<string, TimelineEvent> _events;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _entitiesOfEvent;
    private readonly AliasTable _aliases;
    private readonly string[] _canonicalSentences;
    private readonly EventDate? _first;
    private readonly EventDate? _asOf;

    public Answerer(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _story = snapshot.Primary;
        var aliases = _aliases = new AliasTable(snapshot.Glossary);
        _index = new KnowledgeIndex(_story, aliases);
        _parser = new QuestionParser(_index.Vocabulary, aliases, snapshot.Glossary);
        _composer = new AnswerComposer(_story, _index.Sentences);
        _events = _story.Events.ToDictionary(e => e.Key, StringComparer.Ordinal);
        // What each event names: its own text in every language, and the note's sentences attached to it.
        _entitiesOfEvent = _story.Events.ToDictionary(
            e => e.Key,
            e => (IReadOnlySet<string>)e.Texts.Values.Select(t => t.Title + "\n" + t.Text)
                .Concat(_index.Sentences.Where(s => s.EventKey == e.Key).Select(s => s.Text))
                .SelectMany(text => aliases.FindEntities(TextNormalizer.Normalize(text)))
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _canonicalSentences = _index.Sentences.Select(s => aliases.Canonicalize(TextNormalizer.Normalize(s.Text), s.Language != "en")).ToArray();
        _first = _story.Events.Count > 0 ? _story.Events.Min(e => e.Date) : null;
        _asOf = _story.AsOf ?? (_story.Events.Count > 0 ? _story.Events.Max(e => e.Date) : null);
    }

    /// <summary>The event's title as an asker of <paramref name="language"/> reads it (Simplified display for zh-Hans).</summary>
    public static string TitleOf(TimelineEvent e, string language) => AnswerComposer.Title(e, language);

    /// <summary>The note's vocabulary as the index holds it (for diagnostics and tests).</summary>
    public NoteVocabulary Vocabulary => _index.Vocabulary;

    /// <summary>The parser this answerer uses (for diagnostics and tests).</summary>
    public QuestionParser Parser => _parser;

    /// <exception cref="ArgumentException">The question is empty, too long or has no visible characters.</exception>
    public Answer Ask(string question, string? languageHint = null)
    {
        if (QuestionValidator.Validate(question) is { } error) throw new ArgumentException(error, nameof(question));
        var q = _parser.Parse(question, languageHint);
        if (_first is { } first && _asOf is { } asOf && q.Dates.Any(d => d.IsOutside(first, asOf))) return Decline(q);
        if (!q.Covered || q.Future || q.AddressesBot) return Decline(q);

        IReadOnlyList<TimelineEvent> onDates = q.Dates.Count == 0
            ? _story.Events
            : _story.Events.Where(e => q.Dates.Any(d => d.Matches(e.Date))).ToList();
        if (onDates.Count == 0) return Decline(q);

        var hits = _index.Search(q.Field, q.Terms);
        if (q.Dates.Count > 0) hits = hits.Where(h => onDates.Any(e => e.Key == h.Sentence.EventKey)).ToList();

        if (q.Intent == QuestionIntent.Span && onDates.Count > 1 && (q.Dates.Count > 0 || q.Content.Count == 0 && !q.RelativeDate))
        {
            var label = q.Dates.Count == 1 ? SpanLabel(q.Dates[0], q.Language) : null;
            return _composer.Span(q, onDates.OrderBy(e => e.Date).ToList(), hits, label);
        }
        if (q.Dates.Count == 0 && (q.Content.Count == 0 || q.RelativeDate && q.Topics.Count == 0)) return Decline(q);

        var ranked = EventRanker.Rank(q, hits, _events, _entitiesOfEvent, s => Bonded(q, s));
        if (ranked.Count == 0)
        {
            // A named date with no matching words ("2025年8月發生了什麼事") is answered by the date alone.
            return q.Dates.Count > 0 ? _composer.Single(q, null, onDates[0]) : Decline(q);
        }
        // "How much" needs a figure: an event that matches the words but states no amount does not answer it.
        if (q.Intent == QuestionIntent.HowMuch && !ranked[0].Hits.Any(h => Figures.Has(h.Sentence.Text))) return Decline(q);
        // A question about now is answered by the note's present-state statement whenever that matched at all;
        // a question that only names someone or something ("What is xAI?") by the event that introduces it.
        var chosen = q.Intent == QuestionIntent.Now ? ranked.FirstOrDefault(r => r.Event.Kind == EventKind.PresentState) ?? ranked[0]
            : q.Topics.Count == 0 && q.Entities.Count > 0 && q.Dates.Count == 0
                ? ranked.Where(r => NamesAll(r.Event, q)).MinBy(r => r.Event.Date) ?? ranked[0]
                : ranked[0];
        // Every person, company or term the question names must be in the event that answers it: "when did Musk
        // buy Twitter" is not answered by the event where Musk bids for OpenAI.
        if (!NamesAll(chosen.Event, q)) return Decline(q);
        return _composer.Single(q, chosen, chosen.Event);
    }

    private Answer Decline(ParsedQuestion q)
    {
        var titleSource = q.Language == "en" ? "en" : _story.Notes.Any(n => n.Language == q.Language) ? q.Language : "zh-Hant";
        var title = _story.NoteFor(titleSource).Title;
        if (q.Language == "zh-Hans" && _story.NoteFor(titleSource).Language != "zh-Hans") title = SimplifiedDisplay.ToSimplified(title);
        var text = AnswerPhrases.Decline(q.Language, title, _story.Events.Count, _first, _asOf);
        return new Answer(q.Question, q.Language, false, text, q.Intent, [], [], _story.AsOf);
    }

    /// <summary>
    /// True when the sentence names one of the question's entities right next to one of its topic words
    /// ("創辦了OpenAI" for "OpenAI是什麼時候創立的", not "OpenAI轉向閉源……馬斯克創立xAI"): the words are about
    /// each other, not merely in the same sentence.
    /// </summary>
    private bool Bonded(ParsedQuestion q, IndexedSentence sentence)
    {
        if (q.Entities.Count == 0 || q.TopicWords.Count == 0) return false;
        var chinese = sentence.Language != "en";
        var text = _canonicalSentences[sentence.Id];
        var gap = chinese ? 3 : 12;
        foreach (var word in q.TopicWords)
        {
            // Most topic words are not in a given sentence at all: one search rules them out.
            for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
            {
                var from = Math.Max(0, w - gap);
                var to = Math.Min(text.Length, w + word.Length + gap);
                foreach (var id in q.Entities)
                {
                    if (_aliases.CanonicalOf(id, chinese) is not { Length: > 0 } name) continue;
                    var start = Math.Max(0, from - name.Length);
                    var end = Math.Min(text.Length, to + name.Length);
                    if (text.AsSpan(start, end - start).IndexOf(name, StringComparison.Ordinal) >= 0) return true;
                }
            }
        }
        return false;
    }

    private bool NamesAll(TimelineEvent e, ParsedQuestion q) =>
        _entitiesOfEvent.TryGetValue(e.Key, out var named) && q.Entities.All(named.Contains);

    private static string SpanLabel(DateMention d, string language) =>
        d.Year is { } y ? DateLabels.Format(new EventDate(y, d.Month, d.Day), language) : d.ToString();

    public void Dispose() => _index.Dispose();
}
