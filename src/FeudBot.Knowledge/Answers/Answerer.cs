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
/// <item>a question about the future (the note never predicts) that no forward-looking sentence of the note answers, or a "how much" whose best event states no figure;</item>
/// <item>a question to the bot itself ("you", 你) that names nobody of the story;</item>
/// <item>an answering event that does not name everyone and everything the question names, or none of whose sentences uses a word of what is asked.</item>
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
    private readonly IReadOnlySet<string> _actors;
    private readonly IReadOnlySet<string> _titleTerms;
    private readonly string _titleText;
    private readonly IReadOnlySet<string> _titleEntities;
    private readonly IReadOnlySet<string> _pervasive;
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
        // Each sentence is normalized and scanned for aliases once: the canonical text and the ids it names.
        _canonicalSentences = new string[_index.Sentences.Count];
        var sentenceEntities = new IReadOnlyList<string>[_index.Sentences.Count];
        foreach (var s in _index.Sentences)
            _canonicalSentences[s.Id] = aliases.Canonicalize(TextNormalizer.Normalize(s.Text), s.Language != "en", out sentenceEntities[s.Id]);
        // What each event names: its own text in every language, and the note's sentences attached to it.
        _entitiesOfEvent = _story.Events.ToDictionary(
            e => e.Key,
            e => (IReadOnlySet<string>)e.Texts.Values.SelectMany(t => aliases.FindEntities(TextNormalizer.Normalize(t.Title + "\n" + t.Text)))
                .Concat(_index.Sentences.Where(s => s.EventKey == e.Key).SelectMany(s => sentenceEntities[s.Id]))
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        // People, organisations and products: a question relating two of them must find that relation stated.
        _actors = snapshot.Glossary.Entries.Where(g => g.IsName)
            .Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        // The story's own title words ("feud", 紛爭): a span question about them is about the whole story.
        var titles = _story.Notes.Select(n => TextNormalizer.Normalize(n.Title)).ToList();
        _titleTerms = titles.SelectMany(t => Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, t)).ToHashSet(StringComparer.Ordinal);
        _titleText = string.Join("\n", titles);
        _titleEntities = titles.SelectMany(aliases.FindEntities).ToHashSet(StringComparer.Ordinal);
        _pervasive = _actors.Where(a => !_titleEntities.Contains(a) && _entitiesOfEvent.Values.Count(n => n.Contains(a)) * 2 >= _story.Events.Count)
            .ToHashSet(StringComparer.Ordinal);
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
        if (!q.Covered || q.AddressesBot || q.Future && (q.Dates.Count > 0 || q.RelativeDate || q.Intent == QuestionIntent.Span || q.Involvement)) return Decline(q);

        IReadOnlyList<TimelineEvent> onDates = q.Dates.Count == 0
            ? _story.Events
            : _story.Events.Where(e => q.Dates.Any(d => d.Matches(e.Date))).ToList();
        if (onDates.Count == 0) return Decline(q);

        var hits = _index.Search(q.Field, q.Terms);
        if (q.Dates.Count > 0) hits = hits.Where(h => onDates.Any(e => e.Key == h.Sentence.EventKey)).ToList();

        if (q.AsksAsOf && q.Dates.Count == 0 && q.Topics.Count == 0 && PresentState() is { } present) return _composer.Single(q, null, present);
        var wholeStory = q.Dates.Count == 0 && !q.RelativeDate && q.Content.All(IsTitleWord) && q.Entities.All(_titleEntities.Contains);
        // "What was the latest event?": the story's last (first) dated event.
        if (q.Extreme != 0 && q.Dates.Count == 0 && q.Topics.Count == 0 && TimelineSteps.Extreme(_story.Events, q.Extreme) is { } end) return _composer.Single(q, null, end);
        if (q.Intent == QuestionIntent.Span && q.Step == 0 && q.Extreme == 0 && onDates.Count > 1 && (q.Dates.Count > 0 || wholeStory))
        {
            var label = q.Dates.Count == 1 ? SpanLabel(q.Dates[0], q.Language) : null;
            return _composer.Span(q, onDates.OrderBy(e => e.Date).ToList(), hits, label);
        }
        // "What's the latest?", 現在情況怎麼樣: in a story's bot, now is the note's present state.
        if (q.Intent == QuestionIntent.Now && q.Content.Count == 0 && q.Dates.Count == 0 && !q.RelativeDate && PresentState() is { } now) return _composer.Single(q, null, now);
        if (q.Dates.Count == 0 && (q.Content.Count == 0 || q.RelativeDate && q.Topics.Count == 0)) return Decline(q);

        // "How is Microsoft involved", 蘋果扮演什麼角色: every event that names it, in order.
        if (q.Involvement && q.Entities.Count == 1 && q.Dates.Count == 0)
        {
            var naming = _story.Events.Where(e => NamesAll(e, q)).OrderBy(e => e.Date).ToList();
            // Each event is quoted by a sentence that names it (微軟的投資, not the board resignation next to it).
            var entity = q.Entities[0];
            var mentions = _index.Sentences.Where(s => !s.IsTitle && _aliases.CanonicalOf(entity, s.Language != "en") is { Length: > 0 } name
                && _canonicalSentences[s.Id].Contains(name, StringComparison.Ordinal)).Select(s => new SearchHit(s, 1f / (1 + s.Order))).ToList();
            if (naming.Count > 1) return _composer.Span(q, naming, mentions, null);
        }
        // "List all the lawsuits", 有哪些訴訟, "how many lawsuits": a list of one thing the story names (counted: a
        // term, not a person) is every event that names it, in order.
        if ((q.Intent == QuestionIntent.Span || q.Counts && q.Entities.Any(e => !_actors.Contains(e))) && q.Step == 0 && q.Extreme == 0 && q.Dates.Count == 0 && q.Entities.Count > 0 && !q.Involvement)
        {
            var naming = _story.Events.Where(e => NamesAll(e, q)).OrderBy(e => e.Date).ToList();
            if (naming.Count > 1) return _composer.Span(q, naming, hits, null);
        }
        var ranked = EventRanker.Rank(q, hits, _events, _entitiesOfEvent, s => Bonded(q, s));
        // "The most recent clash", 最早的衝突: of the events that match about as well as the best, the latest (first).
        if (q.Extreme != 0 && ranked.Count > 0 && TimelineSteps.Extreme(ranked.Where(r => r.Score >= 0.5 * ranked[0].Score).Select(r => r.Event), q.Extreme) is { } edge)
            ranked = [.. ranked.Where(r => r.Event == edge), .. ranked.Where(r => r.Event != edge)];
        // "Originally", 成立時: the story's first event answers when it matched at all.
        if (q.Origin && q.Dates.Count == 0 && _first is { } start && ranked.FindIndex(r => r.Event.Date.CompareTo(start) == 0) is > 0 and var at
            && ranked[at].Score >= 0.15 * ranked[0].Score)
        {
            var origin = ranked[at];
            ranked.RemoveAt(at);
            ranked.Insert(0, origin);
        }
        if (ranked.Count == 0)
        {
            // A named date with no matching words ("2025年8月發生了什麼事") is answered by the date alone, if its event names whoever the question names ("What did Apple do in 2024?" is not).
            return q.Dates.Count > 0 && NamesAll(onDates[0], q) ? _composer.Single(q, null, onDates[0]) : Decline(q);
        }
        // "How much" needs a figure: an event that matches the words but states no amount does not answer it.
        if (q.Intent == QuestionIntent.HowMuch && !ranked[0].Hits.Any(h => Figures.Has(h.Sentence.Text))) return Decline(q);
        // A question about now is answered by the note's present-state statement whenever that matched at all;
        // a question that only names someone or something ("What is xAI?") by the event that introduces it.
        var chosen = q.Intent == QuestionIntent.Now && q.Extreme == 0 ? ranked.FirstOrDefault(r => r.Event.Kind == EventKind.PresentState) ?? ranked[0]
            : q.Topics.Count == 0 && q.Entities.Count > 0 && q.Dates.Count == 0
                ? ranked.Where(r => NamesAll(r.Event, q)).MinBy(r => r.Event.Date) ?? ranked[0]
                : ranked[0];
        // Every person, company or term the question names must be in the event that answers it: "when did Musk
        // buy Twitter" is not answered by the event where Musk bids for OpenAI.
        if (!NamesAll(chosen.Event, q) || !RelationStated(chosen.Event, q)) return Decline(q);
        // "Who founded Tesla?": an event found only by the name, that says nothing of what is asked, does not answer
        // (questions about now, a part played or a comparison are answered by what the note says of them).
        if (q.Topics.Count > 0 && q.Dates.Count == 0 && q.Intent != QuestionIntent.Now && !q.Involvement && !q.Compares
            && !Mentions(chosen.Event, TopicWordsOf(q))) return Decline(q);
        // The note never predicts, but it may say how things look ahead ("no sign that they will make peace any
        // time soon"): a question about the future is answered only by such a statement.
        if (q.Future && !(chosen.Hits.Count > 0 && FutureTense.IsStatedIn(chosen.Hits[0].Sentence.Text))) return Decline(q);
        // "What happened after the bid was rejected": the event found is the anchor (its relation stated, as for
        // "when": not "after Musk bought Twitter"), the answer the next one.
        if (q.Step != 0 && !RelationStated(chosen.Event, q with { Intent = QuestionIntent.When })) return Decline(q);
        if (q.Step != 0 && TimelineSteps.From(_story.Events, chosen.Event, q.Step) is { } step) return _composer.Single(q, null, step);
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
    /// How strongly the sentence ties the question's entities to its topic words: 1.8 when the subject (the
    /// first person or company the question names) stands right next to a topic word ("創辦了OpenAI" for
    /// "OpenAI是什麼時候創立的", not "OpenAI轉向閉源……馬斯克創立xAI"), 1.4 when another named entity does
    /// ("how did Altman hit back" prefers "Altman struck back" to "Musk hit back"), 1 otherwise.
    /// </summary>
    private float Bonded(ParsedQuestion q, IndexedSentence sentence)
    {
        if (q.Entities.Count == 0 || q.TopicWords.Count == 0) return 1f;
        var chinese = sentence.Language != "en";
        var text = _canonicalSentences[sentence.Id];
        var subject = q.Entities.FirstOrDefault(_actors.Contains) ?? q.Entities[0];
        var best = 1f;
        var bondedElsewhere = false;
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
                    var at = text.AsSpan(start, end - start).IndexOf(name, StringComparison.Ordinal);
                    if (at < 0) continue;
                    // "funding Musk's competitors": a possessive after the word names whose thing it is, not who acts
                    // (before it, "Musk's lawsuit", it does).
                    if (id == subject && !(start + at > w && text.AsSpan(start + at + name.Length).StartsWith("'s", StringComparison.Ordinal))) return 1.8f;
                    best = 1.4f;
                }
                if (best == 1f && !bondedElsewhere) bondedElsewhere = NextToOtherActor(q, text, chinese, from, to);
            }
        }
        // "OpenAI是誰創立的": "馬斯克創立xAI" states a founding, but of something the question does not ask about.
        return best == 1f && bondedElsewhere ? 0.8f : best;
    }

    private bool NextToOtherActor(ParsedQuestion q, string text, bool chinese, int from, int to)
    {
        foreach (var actor in _actors)
        {
            if (q.Entities.Contains(actor) || _aliases.CanonicalOf(actor, chinese) is not { Length: > 0 } name) continue;
            var start = Math.Max(0, from - name.Length);
            var end = Math.Min(text.Length, to + name.Length);
            if (text.AsSpan(start, end - start).IndexOf(name, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// When the question relates two or more people or companies through a topic ("when did Musk leave Tesla"),
    /// each of them must stand within a clause of a word for that topic in one of the event's sentences, in any language
    /// of the story: "Musk stepped down from OpenAI's board" states Musk leaving OpenAI, while a sentence that
    /// names Musk, his departure and, further on, Tesla's AI work does not state that he left Tesla.
    /// </summary>
    private bool RelationStated(TimelineEvent e, ParsedQuestion q)
    {
        var actors = q.Entities.Where(_actors.Contains).ToList();
        // Between the story's protagonists (the ones its title names) every relation is the story itself.
        // Only for questions that take the relation as given ("when did", "did"): a what/why question is
        // answered by what the note says about them, and a comparison or "what links them" relates nothing.
        if (q.Intent is not (QuestionIntent.When or QuestionIntent.YesNo) || q.Compares || q.Involvement) return true;
        if (actors.Count < 2 || actors.All(_titleEntities.Contains) || q.Topics.Count == 0 || q.Between) return true;
        var words = TopicWordsOf(q);
        var sentences = _index.Sentences.Where(s => s.EventKey == e.Key).ToList();
        // OpenAI, named by most events, is often "the organisation" / 該組織 in the clause itself: the sentence must name it.
        return actors.All(actor => sentences.Any(s => Near(_canonicalSentences[s.Id], s.Language != "en", words, actor, _pervasive.Contains(actor))));
    }

    /// <summary>The question's topic words with their synonyms in both languages of the story, in index form.</summary>
    private List<string> TopicWordsOf(ParsedQuestion q) =>
        q.TopicWords.Concat(q.Topics.SelectMany(_parser.Concepts.OtherLanguage))
            .Concat(q.Topics.SelectMany(ConceptsInside))
            // Short English stems ("su" of sued) start unrelated words (subsidiary).
            .Where(w => w.Length >= 2 && (w[0] >= 0x2E80 || w.Length >= 3)).Distinct().ToList();

    /// <summary>True when one of the event's sentences, in any language, uses one of <paramref name="words"/>.</summary>
    private bool Mentions(TimelineEvent e, List<string> words) =>
        _index.Sentences.Any(s => s.EventKey == e.Key && words.Any(w => StartsWord(_canonicalSentences[s.Id], s.Language != "en", w)));

    private static bool StartsWord(string text, bool chinese, string word)
    {
        for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
        {
            if (chinese || w == 0 || !char.IsLetter(text[w - 1])) return true;
        }
        return false;
    }

    /// <summary>
    /// The concept words inside a Chinese topic that the segmenter kept whole as a stretch of note text
    /// (共同创办 is 共同 + 创办), with their synonyms in both languages: the relation may be stated in the
    /// English note ("Musk and Altman co-founded OpenAI") while the Chinese one says 他們共同創辦.
    /// </summary>
    private IEnumerable<string> ConceptsInside(string topic)
    {
        if (topic.Length < 3 || topic[0] < 0x2E80) yield break;
        var concepts = _parser.Concepts;
        for (var start = 0; start < topic.Length - 1; start++)
        {
            for (var length = 2; length <= Math.Min(concepts.ChineseMaxLength, topic.Length - start); length++)
            {
                if (length == topic.Length) continue;
                var member = topic.Substring(start, length);
                if (!concepts.TryChinese(member, out var inNote)) continue;
                foreach (var word in inNote) yield return word;
                foreach (var word in concepts.OtherLanguage(member)) yield return word;
            }
        }
    }

    private bool Near(string text, bool chinese, IReadOnlyList<string> words, string entity, bool sentenceWide = false)
    {
        if (_aliases.CanonicalOf(entity, chinese) is not { Length: > 0 } name) return false;
        // About a clause: "Musk led a $97.4 billion bid", 馬斯克試圖以974億美元收購.
        var gap = sentenceWide ? text.Length : chinese ? 8 : 30;
        foreach (var word in words)
        {
            for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
            {
                // An English stem starts a word: "su" (sued) is not inside "subsidiary".
                if (!chinese && w > 0 && char.IsLetter(text[w - 1])) continue;
                var start = Math.Max(0, w - gap - name.Length);
                var end = Math.Min(text.Length, w + word.Length + gap + name.Length);
                if (text.AsSpan(start, end - start).IndexOf(name, StringComparison.Ordinal) >= 0) return true;
            }
        }
        return false;
    }

    private bool IsTitleWord(string content) =>
        _titleTerms.Contains(content) || content.Length >= 2 && _titleText.Contains(content, StringComparison.Ordinal) || _aliases.IsName(content);

    private TimelineEvent? PresentState() => _story.Events.FirstOrDefault(e => e.Kind == EventKind.PresentState);

    // A question about the beginning may name a term the founding event words differently (營利 for a
    // non-profit): then only the people and companies must be named.
    private bool NamesAll(TimelineEvent e, ParsedQuestion q) =>
        _entitiesOfEvent.TryGetValue(e.Key, out var named) && q.Entities.All(id => named.Contains(id) || q.Origin && !_actors.Contains(id));

    private static string SpanLabel(DateMention d, string language) =>
        d.Year is { } y ? DateLabels.Format(new EventDate(y, d.Month, d.Day), language) : d.ToString();

    public void Dispose() => _index.Dispose();
}
