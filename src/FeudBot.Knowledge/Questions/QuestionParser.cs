using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Understands a question against one note's vocabulary: language, dates, entities, intent, query terms
/// and the content words the note does not cover. Thread-safe after construction.
/// </summary>
public sealed partial class QuestionParser
{
    private const float ExpansionWeight = 0.4f;
    // A question word the note never uses (变差, "go wrong") can only match through the note's words for its
    // concept (恶化): those then carry more of the word's weight, so a sentence that merely shares a common
    // word (两人的关系) does not outrank the one that states what is asked. Not for one-character words (说,
    // 叫: light verbs the note words differently everywhere) nor English, whose stems rarely miss this way.
    private const float AbsentWordExpansionWeight = 0.6f;
    private const float EntityWeight = 0.6f;
    private const float EnglishEntityWeight = 0.4f;
    private readonly NoteVocabulary _vocabulary;
    private readonly AliasTable _aliases;
    private readonly CoveredConcepts _concepts;
    private readonly ChineseSegmenter _segmenter;
    private readonly FrozenSet<string> _glossaryTerms;
    private readonly FrozenSet<string> _nameTerms;
    private readonly FrozenDictionary<char, string[]> _spellingCandidates;
    private readonly FrozenDictionary<char, string[]> _nameCandidates;

    public QuestionParser(NoteVocabulary vocabulary, AliasTable aliases, Glossary glossary, Thesaurus? thesaurus = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _vocabulary = vocabulary;
        _aliases = aliases;
        _concepts = new CoveredConcepts(thesaurus ?? Thesaurus.Default, vocabulary);
        _segmenter = new ChineseSegmenter(vocabulary, aliases, _concepts);
        // Every word of every glossary name, English-stemmed and raw, counts as known: "What is Grok?" is
        // about the story even if a note only names Grok once.
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries)
        {
            var isName = entry.IsName;
            foreach (var name in entry.Names.Values.Concat(entry.Aliases).Append(entry.Id))
            {
                var normalized = TextNormalizer.Normalize(name);
                var words = Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, normalized)
                    .Concat(Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, normalized).Where(t => t[0] < 0x2E80)).ToList();
                terms.UnionWith(words);
                if (isName) names.UnionWith(words);
            }
        }
        _glossaryTerms = terms.ToFrozenSet(StringComparer.Ordinal);
        _nameTerms = names.ToFrozenSet(StringComparer.Ordinal);
        _nameCandidates = SpellingFix.Index(_nameTerms);
        _spellingCandidates = SpellingFix.Index(_vocabulary.Terms.Concat(_glossaryTerms).Concat(_concepts.EnglishMembers).Concat(QuestionWords.English.Keys));
    }

    /// <summary>The concept groups resolved against the note (for cross-language relation checks).</summary>
    internal CoveredConcepts Concepts => _concepts;

    [ThreadStatic]
    private static List<WeightedTerm>? _termScratch;

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ParsedQuestion Parse(string question, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var language = QuestionLanguage.Detect(question, languageHint);
        var english = language == QuestionLanguage.English;
        // Idioms first ("these days" is now, not a date): the intent and the markers read the rewritten words.
        var normalized = english ? PhrasalVerbs.Idiomatic(TextNormalizer.Normalize(question)) : TextNormalizer.Normalize(question);
        var canonical = _aliases.Canonicalize(normalized, chinese: !english, out var entities);
        var dates = QuestionDates.Find(canonical);
        var intent = IntentOf(normalized, english, dates.Dates.Count > 0);
        // Built in the thread's scratch list; Dedupe copies the kept terms into one list of the right size.
        var terms = _termScratch ??= new List<WeightedTerm>(64);
        terms.Clear();
        var content = new List<string>();
        var uncovered = new List<string>();
        // "start going wrong", "stop criticizing": the aspect verb only begins or ends the deed that follows it, and
        // must not look up its own concept (start → the founding in 2015).
        // (Every match of Aspect ends a word in "ing": most questions skip the scan.)
        var remainder = english && dates.Remainder.Contains("ing", StringComparison.Ordinal) ? Aspect().Replace(dates.Remainder, " ") : dates.Remainder;
        // "go after": a deed made only of function words (PhrasalVerbs).
        if (english) remainder = AmountSuffixes.Rewrite(PhrasalVerbs.Rewrite(OriginClauses.Strip(remainder)));
        foreach (var (text, isChinese) in Runs(remainder))
        {
            if (isChinese) AddChinese(text, terms, content, uncovered);
            else AddLatin(text, english, terms, content, uncovered);
        }
        var topics = new List<string>(content.Count);
        foreach (var c in content)
        {
            if (!_aliases.IsName(c) && !_nameTerms.Contains(c)) topics.Add(c);
        }
        var distinct = new DistinctWords(topics.Count * 2);
        foreach (var t in topics) distinct.Add(t);
        foreach (var t in topics)
        {
            if (!(english ? _concepts.TryEnglish(t, out var en) : _concepts.TryChinese(t, out en))) continue;
            foreach (var w in en) distinct.Add(w);
        }
        var topicWords = distinct.TakeWords();
        return new ParsedQuestion(question, language, intent, dates.Dates, dates.Relative, FutureTense.IsAbout(normalized),
            entities.Count == 0 && MayAddressBot(normalized) && SecondPerson().IsMatch(normalized), entities,
            english ? Analyzers.EnglishField : Analyzers.ChineseField, Dedupe(terms), content, topics, topicWords, uncovered,
            QuestionMarkers.AsksOrigin(normalized), QuestionMarkers.AsksInvolvement(normalized), QuestionMarkers.AsksAsOf(normalized),
            QuestionMarkers.Compares(normalized), QuestionMarkers.AsksBetween(normalized), QuestionMarkers.Counts(normalized),
            QuestionMarkers.Step(normalized), QuestionMarkers.Extreme(normalized), canonical);
    }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddChinese(string run, List<WeightedTerm> terms, List<string> content, List<string> uncovered)
    {
        foreach (var piece in _segmenter.Segment(run))
        {
            if (piece.Kind == ChineseSegmenter.PieceKind.Function) continue;
            if (piece.Kind == ChineseSegmenter.PieceKind.Uncovered)
            {
                uncovered.Add(piece.Text);
                continue;
            }
            content.Add(piece.Text);
            var concept = terms.Count == 0 ? 1 : terms[^1].Concept + 1;
            var alternative = 0;
            // A name is split into several bigrams and appears in most sentences: weigh a word, not its bigrams.
            var own = BigramsOf(piece.Text);
            var weight = (_aliases.IsName(piece.Text) ? EntityWeight : 1f) / MathF.Sqrt(Math.Max(1, own.Length));
            foreach (var t in own) terms.Add(new WeightedTerm(t, weight, concept, alternative));
            // Expand with the note's words for any concept word inside the piece (离开 → 辞去, 退出).
            var text = piece.Text;
            var expansion = text.Length < 2 || _vocabulary.ContainsChinese(text) ? ExpansionWeight : AbsentWordExpansionWeight;
            for (var i = 0; i < text.Length; i++)
            {
                for (var len = 1; len <= Math.Min(_concepts.ChineseMaxLength, text.Length - i); len++)
                {
                    if (!_concepts.TryChinese(text.AsSpan(i, len), out var synonyms)) continue;
                    foreach (var synonym in synonyms)
                    {
                        if (synonym == text) continue;
                        var bigrams = _concepts.BigramsOf(synonym);
                        alternative++;
                        foreach (var t in bigrams) terms.Add(new WeightedTerm(t, expansion / MathF.Sqrt(bigrams.Length), concept, alternative));
                    }
                }
            }
        }
    }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddLatin(string text, bool english, List<WeightedTerm> terms, List<string> content, List<string> uncovered)
    {
        // The analyzers' terms, without a Lucene token stream per question (FastTerms remarks).
        foreach (var word in english ? FastTerms.English(text) : FastTerms.ChineseFieldLatin(text))
        {
            var term = word;
            var stem = english ? term : Stem(term);
            // A mistyped word ("borad", "explian") reads as the one known word it is a single edit away from.
            if (english && !QuestionWords.English.ContainsKey(stem) && !_vocabulary.ContainsTerm(stem) && !_glossaryTerms.Contains(stem) && !_concepts.TryEnglish(stem, out _)
                && (SpellingFix.Correct(stem, _spellingCandidates) ?? SpellingFix.CorrectName(stem, _nameCandidates)) is { } fixedWord) term = stem = fixedWord;
            // A Chinese question's Latin words are names ("ChatGTP"): one mistyped by a single edit reads as the one glossary
            // name of five letters or more it is that edit away from; other Latin words stay uncovered (declined as before).
            else if (!english && !_vocabulary.ContainsTerm(term) && !_glossaryTerms.Contains(term)
                && SpellingFix.Correct(term, _nameCandidates) is { } fixedName) term = stem = fixedName;
            if (QuestionWords.English.ContainsKey(stem)) continue;
            var known = _vocabulary.ContainsTerm(term) || _vocabulary.ContainsTerm(stem) || _glossaryTerms.Contains(term) || _glossaryTerms.Contains(stem);
            var synonyms = english ? (_concepts.TryEnglish(stem, out var en) ? en : []) : [];
            // OpenAI創立時誰擔任CEO: an English word in a Chinese question is read as the note's Chinese word for its concept.
            if (!english && !known && _concepts.OtherLanguage(stem) is [var chinese, ..])
            {
                AddChinese(chinese, terms, content, uncovered);
                continue;
            }
            if (!known && synonyms.Length == 0)
            {
                uncovered.Add(term);
                continue;
            }
            content.Add(term);
            var concept = terms.Count == 0 ? 1 : terms[^1].Concept + 1;
            var alternative = 0;
            if (known) terms.Add(new WeightedTerm(term, _nameTerms.Contains(term) ? EnglishEntityWeight : 1f, concept, alternative));
            foreach (var s in synonyms)
            {
                if (s != term) terms.Add(new WeightedTerm(s, ExpansionWeight, concept, ++alternative));
            }
        }
    }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static QuestionIntent IntentOf(string normalized, bool english, bool hasDate)
    {
        // The intents marked, as bits (1 << intent): a set without a HashSet per question.
        var marks = 0;
        if (english)
        {
            var trimmed = normalized.AsSpan().TrimStart();
            var first = trimmed.IndexOf(' ') is var space and >= 0 ? trimmed[..space] : trimmed;
            // "What was Altman's job when OpenAI started?": a "when" clause after another question word dates what is
            // asked, it does not ask when.
            var whenIsClause = first is "what" or "what's" or "who" or "who's" or "which" or "how" or "whose";
            foreach (var t in FastTerms.English(normalized))
            {
                if (whenIsClause && t == "when") continue;
                if (QuestionWords.English.TryGetValue(t, out var i) && i is { } intent) marks |= Bit(intent);
            }
            if (normalized.Contains("how much", StringComparison.Ordinal) || normalized.Contains("how many", StringComparison.Ordinal)) marks |= Bit(QuestionIntent.HowMuch);
            if (normalized.Contains("what year", StringComparison.Ordinal)) marks |= Bit(QuestionIntent.When);
            // "What is xAI supposed to be?", "meant to do": the purpose asked, as "what is it for" (answered like a why).
            if (normalized.Contains(" supposed to ", StringComparison.Ordinal) || normalized.Contains(" meant to ", StringComparison.Ordinal)) marks |= Bit(QuestionIntent.Why);
            // "What happened to Musk's offer?" asks what became of one thing (its event), not for a list of events.
            if (Has(marks, QuestionIntent.Span) && HappenedTo().IsMatch(normalized)) marks &= ~Bit(QuestionIntent.Span);
            if (first is "did" or "does" or "do" or "is" or "are" or "was" or "were" or "has" or "have" or "had" or "can" or "could" or "will" or "would" or "should")
                marks |= Bit(QuestionIntent.YesNo);
        }
        else
        {
            // Every intent word found anywhere in the question, looked up by the character it starts with
            // (the same set as testing each of the hundred words with Contains, in one pass over the question).
            for (var at = 0; at < normalized.Length; at++)
            {
                if (!QuestionWords.ChineseIntentsByFirstChar.TryGetValue(normalized[at], out var words)) continue;
                foreach (var (word, intent) in words)
                {
                    if (normalized.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && MarksIntent(normalized, at, word)) marks |= Bit(intent);
                }
            }
        }
        // "Why is Musk still angry?", 為什麼至今仍不滿: why a state lasts is told by the note's present state, so a why
        // question that also asks about now (still, 至今) is answered as one about now.
        if (Has(marks, QuestionIntent.Why) && Has(marks, QuestionIntent.Now) && !hasDate && (english ? normalized.Contains("still", StringComparison.Ordinal) : normalized.Contains("至今", StringComparison.Ordinal) || normalized.Contains('仍')))
            return QuestionIntent.Now;
        if (Has(marks, QuestionIntent.Span) && (hasDate || (marks & (Bit(QuestionIntent.Why) | Bit(QuestionIntent.HowMuch) | Bit(QuestionIntent.Who))) == 0)) return QuestionIntent.Span;
        foreach (var intent in (ReadOnlySpan<QuestionIntent>)[QuestionIntent.HowMuch, QuestionIntent.When, QuestionIntent.Why, QuestionIntent.Who, QuestionIntent.Now, QuestionIntent.YesNo])
        {
            if (Has(marks, intent)) return intent;
        }
        return QuestionIntent.What;
    }

    private static bool BeginsFunctionPair(string normalized, int at) =>
        at + 2 <= normalized.Length && QuestionWords.ChineseBySpan.TryGetValue(normalized.AsSpan(at, 2), out var pair) && pair is null;

    /// <summary>
    /// Whether the intent word found at <paramref name="at"/> asks what it usually asks. Not a one-character word that only
    /// begins a plain function word (还 in 还是 "or": 是營利還是非營利 asks which, not about now); not 还 in a comparison
    /// (比安全还重要, "even more than") or meaning "also"; not a 的時候 clause that another question word follows (馬斯克告
    /// OpenAI的時候，說OpenAI違反了什麼 dates what is asked, as a "when" clause in English); not 称…为什么 ("called him what").
    /// </summary>
    private static bool MarksIntent(string normalized, int at, string word) => word switch
    {
        "还" => !BeginsFunctionPair(normalized, at) && !ComparesBefore(normalized, at) && !MeansAlso(normalized, at),
        "时候" => !AskedAfter(normalized, at + word.Length),
        "为什么" => !NamesAs(normalized, at),
        { Length: 1 } => !BeginsFunctionPair(normalized, at),
        _ => true,
    };

    /// <summary>True when a 比 opens a comparison earlier in the same clause as the 还 at <paramref name="at"/> (比安全还重要).</summary>
    private static bool ComparesBefore(string normalized, int at)
    {
        for (var k = at - 1; k >= 0 && k >= at - 10; k--)
        {
            var c = normalized[k];
            if (c == '比') return true;
            if (char.IsPunctuation(c) || char.IsWhiteSpace(c)) return false;
        }
        return false;
    }

    /// <summary>True when a question word (什么, 谁, 哪, 多少, 怎么, 如何, 为什么) comes after <paramref name="from"/>.</summary>
    private static bool AskedAfter(string normalized, int from)
    {
        var rest = normalized.AsSpan(from);
        foreach (var w in ClauseQuestionWords)
        {
            if (rest.Contains(w, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// 称奧特曼為什麼 ("called Altman what"): a 为什么 closing a question after 称 / 叫 / 视 / 当作 is 为 + 什么, not "why".
    /// </summary>
    private static bool NamesAs(string normalized, int at)
    {
        var end = at + 3;
        while (end < normalized.Length && (char.IsPunctuation(normalized[end]) || char.IsWhiteSpace(normalized[end]) || normalized[end] is '呢' or '啊')) end++;
        if (end < normalized.Length) return false;
        var before = normalized.AsSpan(0, at);
        return before.Contains('称') || before.Contains('叫') || before.Contains('视') || before.Contains("当作", StringComparison.Ordinal) || before.Contains("比作", StringComparison.Ordinal);
    }

    /// <summary>
    /// 還 meaning "also", not "still": after 除了 (除了吵，還怎麼對付), or before a verb of saying or doing (還說, 還把, 還怎麼).
    /// </summary>
    private static bool MeansAlso(string normalized, int at) =>
        normalized.AsSpan(0, at).Contains("除了", StringComparison.Ordinal)
        || at + 1 < normalized.Length && normalized[at + 1] is '说' or '把' or '怎' or '用' or '列' or '指' or '提' or '告' or '骂' or '称' or '叫' or '做' or '干'
            && !(at + 2 < normalized.Length && normalized[at + 2] == '话'); // 還說話嗎: still talking

    private static readonly string[] ClauseQuestionWords = ["什么", "啥", "谁", "哪", "多少", "怎么", "如何", "为什么", "为何"];

    private static int Bit(QuestionIntent intent) => 1 << (int)intent;

    private static bool Has(int marks, QuestionIntent intent) => (marks & Bit(intent)) != 0;

    /// <summary>Splits text into runs of Chinese characters and runs of anything else.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks). A list, not an
    // iterator, so that the loop itself is what gets optimized.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<(string Text, bool Chinese)> Runs(string text)
    {
        var runs = new List<(string Text, bool Chinese)>();
        var start = 0;
        bool? chinese = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var isHan = c >= 0x3400 && c <= 0x9FFF || char.IsSurrogate(c);
            var isSeparator = !isHan && !char.IsLetterOrDigit(c) && c is not ('.' or '$' or '-' or '\'' or ' ');
            if (isSeparator || chinese is { } current && current != isHan)
            {
                if (i > start && chinese is { } kind) runs.Add((text[start..i], kind));
                chinese = null;
                start = i;
                if (isSeparator)
                {
                    start = i + 1;
                    continue;
                }
            }
            chinese = isHan;
        }
        if (text.Length > start && chinese is { } last) runs.Add((text[start..], last));
        return runs;
    }

    // Every match of SecondPerson holds "you", 你 or 您: most questions skip the scan.
    private static bool MayAddressBot(string normalized) =>
        normalized.AsSpan().IndexOf("you", StringComparison.Ordinal) >= 0 || normalized.AsSpan().IndexOfAny('你', '您') >= 0;

    // "you" / 你 with nobody of the story named: the question is about the bot, which the note does not cover.
    // A request ("can you list", 你能列出, 請你) is not a question about the bot.
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\b(?:can|could|would|will|won't|do|did)\s+)\byou(?:r|rs|rself)?\b(?!\s+(?:please|kindly|list|tell|show|give|name|summari[sz]e|explain|describe|walk)\b)|你(?!能|可以|可否|来|帮|给|列|说说|讲讲)|您(?!能|可以|可否|来|帮|给|列)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SecondPerson();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:start|started|starts|starting|begin|began|begun|begins|stop|stopped|stops|keep|kept|keeps|quit)\b(?=\s+\w{2,}ing\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Aspect();

    // "happened to the bid", "has happened to": what became of one thing; not "happened to them" (their whole story).
    [System.Text.RegularExpressions.GeneratedRegex(@"\bhappen(?:ed|s|ing)?\s+to\s+(?!them\b|the\s+two\b|both\b|their\s+(?:relationship|friendship)\b)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex HappenedTo();
}
