using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Collections;
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
/// <item>an answering event that does not name everyone and everything the question names, or none of whose sentences uses a word of what is asked;</item>
/// <item>a question that takes a directed deed as given (suing, bidding, accusing, leaving, saying, calling) with the roles reversed: "When did Altman sue Musk?" when the answering event, in no language, has Altman doing it (Answerer.Direction.cs).</item>
/// </list>
/// <para>
/// Speed: the bot must answer a burst of thousands of questions right after it starts, before tiered JIT has
/// promoted anything (a method is recompiled optimized only after 30 calls and a 100 ms quiet period; with
/// tiered PGO it first runs an instrumented copy whose counting helpers cost more than the work itself). The
/// methods that run on every question, and loop, are therefore marked
/// <see cref="System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization"/>: compiled optimized at
/// their first call (feudbot runs with tiered PGO off, so they give up no profile-guided optimization there).
/// Facts about a note's sentences are computed once when the index is built (<see cref="IndexedSentence.HasFigure"/>).
/// </para>
/// </remarks>
public sealed partial class Answerer : IAnswerer, IDisposable
{
    private readonly Story _story;
    private readonly KnowledgeIndex _index;
    private readonly QuestionParser _parser;
    private readonly AnswerComposer _composer;
    private readonly IReadOnlyDictionary<string, TimelineEvent> _events;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _entitiesOfEvent;
    private readonly IReadOnlyDictionary<string, IndexedSentence[]> _sentencesOfEvent;
    private readonly AliasTable _aliases;
    private readonly string[] _canonicalSentences;
    private readonly string[] _resolvedSentences;
    private readonly ulong[] _resolvedMasks;
    private readonly IReadOnlyList<string>[] _entitiesOfSentence;
    private readonly ulong[] _canonicalMasks;
    private readonly IReadOnlySet<string> _actors;
    private readonly IReadOnlySet<string> _people;
    private readonly IReadOnlySet<string> _products;
    private readonly IReadOnlySet<string> _titleTerms;
    private readonly string _titleText;
    private readonly IReadOnlySet<string> _titleEntities;
    private readonly IReadOnlySet<string> _pervasive;
    private readonly EventDate? _first;
    private readonly EventDate? _asOf;
    private readonly Clause[][] _clauses;
    private readonly HashSet<string> _directedWords = DirectedWords(DirectedDeeds);
    private readonly HashSet<string> _sayWords = DirectedWords("say");
    private readonly HashSet<string> _callWords = DirectedWords("call");
    private readonly string[] _sayFamily = [.. DirectedWords(SayFamily)];
    private readonly string[] _callFamily = [.. DirectedWords(CallFamily)];
    private readonly (string[] Names, string[] Ids) _actorNamesChinese;
    private readonly (string[] Names, string[] Ids) _actorNamesEnglish;
    private readonly ((string Name, string Id)[] Chinese, (string Name, string Id)[] English) _actorNamesByScript;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _declines = new(StringComparer.Ordinal);

    public Answerer(KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _story = snapshot.Primary;
        var aliases = _aliases = new AliasTable(snapshot.Glossary);
        _index = new KnowledgeIndex(_story, aliases);
        _parser = new QuestionParser(_index.Vocabulary, aliases, snapshot.Glossary);
        _events = _story.Events.ToDictionary(e => e.Key, StringComparer.Ordinal);
        // Each sentence is normalized and scanned for aliases once: the canonical text and the ids it names.
        _canonicalSentences = new string[_index.Sentences.Count];
        var sentenceEntities = _entitiesOfSentence = new IReadOnlyList<string>[_index.Sentences.Count];
        var normalizedSentences = new string[_index.Sentences.Count];
        foreach (var s in _index.Sentences)
        {
            normalizedSentences[s.Id] = TextNormalizer.Normalize(s.Text);
            _canonicalSentences[s.Id] = aliases.Canonicalize(normalizedSentences[s.Id], s.Language != "en", out sentenceEntities[s.Id]);
        }
        // "他後來聲稱自己…被排擠出局": for finding a person beside a deed, the sentence's "he" (and 自己) read as the person
        // named before it. Only there: the clause and direction checks keep the text as written.
        _people = snapshot.Glossary.Entries.Where(g => g.Kind == "person").Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        _resolvedSentences = Antecedents.Resolve((string[])_canonicalSentences.Clone(), _index.Sentences, aliases, _people);
        _resolvedMasks = Array.ConvertAll(_resolvedSentences, CharMask.Of);
        _composer = new AnswerComposer(_story, _index.Sentences, normalizedSentences);
        _canonicalMasks = Array.ConvertAll(_canonicalSentences, CharMask.Of);
        // Each event's sentences in index order, looked up per question instead of scanning the whole index.
        _sentencesOfEvent = _story.Events.ToDictionary(
            e => e.Key, e => _index.Sentences.Where(s => s.EventKey == e.Key).ToArray(), StringComparer.Ordinal);
        // What each event names: its own text in every language, and the note's sentences attached to it.
        _entitiesOfEvent = _story.Events.ToDictionary(
            e => e.Key,
            e => (IReadOnlySet<string>)e.Texts.Values.SelectMany(t => aliases.FindEntities(TextNormalizer.Normalize(t.Title + "\n" + t.Text)))
                .Concat(_sentencesOfEvent[e.Key].SelectMany(s => sentenceEntities[s.Id]))
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        // People, organisations and products: a question relating two of them must find that relation stated.
        _actors = snapshot.Glossary.Entries.Where(g => g.IsName)
            .Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        _actorNamesByScript = NamesByScript([.. _actors.Select(a => (a, aliases.CanonicalOf(a, chinese: true), aliases.CanonicalOf(a, chinese: false)))]);
        _products = snapshot.Glossary.Entries.Where(g => g.Kind == "product").Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        // The story's own title words ("feud", 紛爭): a span question about them is about the whole story.
        var titles = _story.Notes.Select(n => TextNormalizer.Normalize(n.Title)).ToList();
        _titleTerms = titles.SelectMany(t => Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, t)).ToHashSet(StringComparer.Ordinal);
        _titleText = string.Join("\n", titles);
        _titleEntities = titles.SelectMany(aliases.FindEntities).ToHashSet(StringComparer.Ordinal);
        _pervasive = _actors.Where(a => !_titleEntities.Contains(a) && _entitiesOfEvent.Values.Count(n => n.Contains(a)) * 2 >= _story.Events.Count)
            .ToHashSet(StringComparer.Ordinal);
        _first = _story.Events.Count > 0 ? _story.Events.Min(e => e.Date) : null;
        _asOf = _story.AsOf ?? (_story.Events.Count > 0 ? _story.Events.Max(e => e.Date) : null);
        // Who does what in each sentence, worked out once (Answerer.Direction.cs).
        _actorNamesChinese = ActorNames(chinese: true);
        _actorNamesEnglish = ActorNames(chinese: false);
        _clauses = new Clause[_index.Sentences.Count][];
        foreach (var s in _index.Sentences)
        {
            var (names, ids) = s.Language != "en" ? _actorNamesChinese : _actorNamesEnglish;
            _clauses[s.Id] = ClauseDoers.Of(_canonicalSentences[s.Id], s.Language != "en", names, ids);
        }
    }

    /// <summary>The event's title as an asker of <paramref name="language"/> reads it (Simplified display for zh-Hans).</summary>
    public static string TitleOf(TimelineEvent e, string language) => AnswerComposer.Title(e, language);

    /// <summary>The note's vocabulary as the index holds it (for diagnostics and tests).</summary>
    public NoteVocabulary Vocabulary => _index.Vocabulary;

    /// <summary>The parser this answerer uses (for diagnostics and tests).</summary>
    public QuestionParser Parser => _parser;

    /// <exception cref="ArgumentException">The question is empty, too long or has no visible characters.</exception>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Answer Ask(string question, string? languageHint = null)
    {
        if (QuestionValidator.Validate(question) is { } error) throw new ArgumentException(error, nameof(question));
        var q = _parser.Parse(question, languageHint);
        if (_first is { } first && _asOf is { } asOf && AnyOutside(q.Dates, first, asOf)) return Decline(q);
        // "What will happen to the feud?", 这事以后会怎样: the future of the story itself is what the note's outlook says
        // ("no sign that they will make peace any time soon"), whichever of its words the question shares.
        if (q.Covered && !q.AddressesBot && q.Future && q.Dates.Count == 0 && !q.RelativeDate && AllTitleWords(q.Content) && AllTitleEntities(q.Entities)
            && Outlook() is { } outlook) return _composer.Single(q, outlook, outlook.Event);
        if (!q.Covered || q.AddressesBot || q.Future && (q.Dates.Count > 0 || q.RelativeDate || q.Intent == QuestionIntent.Span || q.Involvement)) return Decline(q);

        var onDates = q.Dates.Count == 0 ? _story.Events : OnDates(q.Dates);
        if (onDates.Count == 0) return Decline(q);

        var hits = _index.Search(q.Field, q.Terms);
        if (q.Dates.Count > 0) hits = OfEvents(hits, onDates);

        if (q.AsksAsOf && q.Dates.Count == 0 && q.Topics.Count == 0 && PresentState() is { } present) return _composer.Single(q, null, present);
        var wholeStory = q.Dates.Count == 0 && !q.RelativeDate && AllTitleWords(q.Content) && AllTitleEntities(q.Entities);
        // "What was the latest event?": the story's last (first) dated event.
        if (q.Extreme != 0 && q.Dates.Count == 0 && q.Topics.Count == 0 && TimelineSteps.Extreme(_story.Events, q.Extreme) is { } end) return _composer.Single(q, null, end);
        // "What happened in 2025?", and "2025年有幾件事" (how many things happened then: each of them).
        if ((q.Intent == QuestionIntent.Span || q.Counts && q.Topics.Count == 0) && q.Step == 0 && q.Extreme == 0 && onDates.Count > 1 && (q.Dates.Count > 0 || wholeStory))
        {
            var label = q.Dates.Count == 1 ? SpanLabel(q.Dates[0], q.Language) : null;
            return _composer.Span(q, onDates.OrderBy(e => e.Date).ToList(), hits, label);
        }
        // "What's the latest?", 現在情況怎麼樣: in a story's bot, now is the note's present state.
        if (q.Intent == QuestionIntent.Now && q.Content.Count == 0 && q.Dates.Count == 0 && !q.RelativeDate && PresentState() is { } now) return _composer.Single(q, null, now);
        if (q.Dates.Count == 0 && (q.Content.Count == 0 || q.RelativeDate && q.Topics.Count == 0)) return Decline(q);

        // "How is Microsoft involved", 蘋果扮演什麼角色: every event that names it, in order.
        if (q.Involvement && q.Entities.Count == 1 && q.Dates.Count == 0 && Involvement(q) is { } involvement) return involvement;
        // "List all the lawsuits", 有哪些訴訟, "how many lawsuits": a list of one thing the story names (counted: a
        // term, not a person) is every event that names it, in order.
        if ((q.Intent == QuestionIntent.Span || q.Counts && AnyNotActor(q.Entities)) && q.Step == 0 && q.Extreme == 0 && q.Dates.Count == 0 && q.Entities.Count > 0 && !q.Involvement)
        {
            var naming = NamingAll(q);
            if (naming.Count > 1) return _composer.Span(q, naming, hits, null);
        }
        var ranked = EventRanker.Rank(q, hits, _events, _entitiesOfEvent, BondOf(q));
        // "The most recent clash", 最早的衝突: of the events that match about as well as the best, the latest (first).
        if (q.Extreme != 0 && ranked.Count > 0) ranked = ExtremeFirst(ranked, q.Extreme);
        // "Originally", 成立時: the story's first event answers when it matched at all; asked with 當初, which also means
        // just "back then", only when it uses the question's words (馬斯克當初想用多少錢買下OpenAI: the founding says
        // nothing of buying, while 一開始關係怎麼樣 is the founding's friendship).
        if (q.Origin && q.Dates.Count == 0 && _first is { } start && IndexOnDate(ranked, start) is > 0 and var at
            && ranked[at].Score >= 0.15 * ranked[0].Score && (q.Topics.Count == 0 || !q.Canonical.Contains("当初", StringComparison.Ordinal) || Mentions(ranked[at].Event, TopicWordsOf(q))))
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
        // "How much" needs a figure: an event that matches the words but states no amount does not answer it; asked
        // of a deed ("How much do they talk?"), a degree in words ("very little") is the amount.
        if (q.Intent == QuestionIntent.HowMuch && !StatesAmount(ranked[0])) return Decline(q);
        // A question about now is answered by the note's present-state statement whenever that matched at all;
        // a question that only names someone or something ("What is xAI?") by the event that introduces it.
        var chosen = q.Intent == QuestionIntent.Now && q.Extreme == 0 ? ranked.FirstOrDefault(r => r.Event.Kind == EventKind.PresentState) ?? ranked[0]
            : q.Topics.Count == 0 && q.Entities.Count > 0 && q.Dates.Count == 0 && !q.Compares
                ? EarliestNamingAll(ranked, q) ?? ranked[0]
                : ranked[0];
        // A broad word (spat, 關係) may lift an event that does not name everything asked about above the one that
        // does ("What nickname did Musk use for Altman during the Apple spat?"): the best event that names them all
        // answers instead, when it matched about as well.
        if (!NamesAll(chosen.Event, q) && FirstNamingAll(ranked, q) is { } namesAll && namesAll.Score >= 0.5 * chosen.Score) chosen = namesAll;
        // "Grok是衝著哪個產品來的": asked which product, the answer names one the question does not (ChatGPT); an event
        // naming none (xAI與Grok是他的反擊) gives way to the best one that does.
        if (q.Intent == QuestionIntent.Who && AsksProduct(q) && !NamesOtherProduct(chosen.Event, q) && FirstNamingOtherProduct(ranked, q) is { } product) chosen = product;
        // Every person, company or term the question names must be in the event that answers it: "when did Musk
        // buy Twitter" is not answered by the event where Musk bids for OpenAI.
        if (!NamesAll(chosen.Event, q)) return Decline(q);
        // Names side by side may lift an event that says nothing of what is asked (马斯克是被踢出OpenAI的吗: the bid names
        // Musk and OpenAI in one clause) above the one that states it (他後來聲稱自己…被排擠出局): when the best event does
        // not state the relation and does not use the question's words, the best one that does both answers.
        if (!RelationStated(chosen.Event, q))
        {
            if (q.Topics.Count == 0 || Mentions(chosen.Event, TopicWordsOf(q)) || FirstStating(ranked, q) is not { } stating) return Decline(q);
            chosen = stating;
        }
        // "When did Altman sue Musk?": the event must have the question's doer doing the deed, not receiving it; when the
        // best event has another doer, a near tie with the question's doer doing that very deed answers instead.
        if (!DoerStated(chosen.Event, q))
        {
            if (ByStatedDoer(ranked, chosen, q) is not { } byDoer) return Decline(q);
            chosen = byDoer;
        }
        // "Who founded Tesla?": an event found only by the name, that says nothing of what is asked, does not answer
        // (nor is "how was it at the start" asked of the first event: 馬斯克和奧特曼最初是什麼關係 is its 合作夥伴與摯友)
        // (questions about now, a part played or a comparison are answered by what the note says of them, and one
        // relating companies by a sentence naming them together: xAI跟OpenAI有什麼過節 by xAI反訴OpenAI).
        if (q.Topics.Count > 0 && q.Dates.Count == 0 && q.Intent != QuestionIntent.Now && !q.Involvement && !q.Compares && !AtTheStart(chosen, q)
            && !Mentions(chosen.Event, TopicWordsOf(q)) && !NamesTogether(chosen.Event, q)) return Decline(q);
        // The note never predicts, but it may say how things look ahead ("no sign that they will make peace any
        // time soon"): a question about the future is answered only by such a statement.
        if (q.Future && !(chosen.Hits.Count > 0 && FutureTense.IsStatedIn(chosen.Hits[0].Sentence.Text))) return Decline(q);
        // "What happened after the bid was rejected": the event found is the anchor (its relation stated, as for
        // "when": not "after Musk bought Twitter"), the answer the next one.
        if (q.Step != 0 && !RelationStated(chosen.Event, q with { Intent = QuestionIntent.When })) return Decline(q);
        if (q.Step != 0 && TimelineSteps.From(_story.Events, chosen.Event, q.Step) is { } step) return _composer.Single(q, null, step);
        return _composer.Single(q, WithMakersSentences(WithDoersSentences(chosen, q), q), chosen.Event);
    }

    private Answer Decline(ParsedQuestion q)
    {
        // The text depends on the language alone: made once per language.
        var text = _declines.GetOrAdd(q.Language, static (language, self) => self.DeclineText(language), this);
        return new Answer(q.Question, q.Language, false, text, q.Intent, [], [], _story.AsOf);
    }

    private string DeclineText(string language)
    {
        var titleSource = language == "en" ? "en" : _story.Notes.Any(n => n.Language == language) ? language : "zh-Hant";
        var title = _story.NoteFor(titleSource).Title;
        if (language == "zh-Hans" && _story.NoteFor(titleSource).Language != "zh-Hans") title = SimplifiedDisplay.ToSimplified(title);
        return AnswerPhrases.Decline(language, title, _story.Events.Count, _first, _asOf);
    }

    private bool IsTitleWord(string content) =>
        _titleTerms.Contains(content) || content.Length >= 2 && _titleText.Contains(content, StringComparison.Ordinal) || _aliases.IsName(content);

    private TimelineEvent? PresentState() => _story.Events.FirstOrDefault(e => e.Kind == EventKind.PresentState);

    // A question about the beginning may name a term the founding event words differently (營利 for a
    // non-profit): then only the people and companies must be named.
    private bool NamesAll(TimelineEvent e, ParsedQuestion q)
    {
        if (!_entitiesOfEvent.TryGetValue(e.Key, out var named)) return false;
        foreach (var id in q.Entities.Items())
        {
            if (!(named.Contains(id) || q.Origin && !_actors.Contains(id))) return false;
        }
        return true;
    }

    private static string SpanLabel(DateMention d, string language) =>
        d.Year is { } y ? DateLabels.Format(new EventDate(y, d.Month, d.Day), language) : d.ToString();

    public void Dispose() => _index.Dispose();
}
