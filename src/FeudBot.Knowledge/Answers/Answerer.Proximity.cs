using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

// The proximity checks: whether the question's people and companies stand next to its topic words in the
// note's canonical sentences. They search every candidate sentence for every topic word, so each sentence's
// character mask (computed once) rules most words out before a string search.
public sealed partial class Answerer
{
    /// <summary>Words to search sentences for, each with its <see cref="CharMask"/>, made once per question.</summary>
    private readonly struct SearchWords(IReadOnlyList<string> words)
    {
        public IReadOnlyList<string> Words { get; } = words;

        public ulong[] Masks { get; } = MasksOf(words);

        private static ulong[] MasksOf(IReadOnlyList<string> words)
        {
            var masks = new ulong[words.Count];
            for (var i = 0; i < masks.Length; i++) masks[i] = CharMask.Of(words[i]);
            return masks;
        }

        public int Count => Words.Count;
    }

    /// <summary>
    /// How strongly a sentence ties the question's entities to its topic words: 1.8 when the subject (the
    /// first person or company the question names) stands right next to a topic word ("創辦了OpenAI" for
    /// "OpenAI是什麼時候創立的", not "OpenAI轉向閉源……馬斯克創立xAI"), 1.4 when another named entity does
    /// ("how did Altman hit back" prefers "Altman struck back" to "Musk hit back"), 0.8 when none does but a
    /// person or company the question does not name stands there ("OpenAI是誰創立的": "馬斯克創立xAI" states a
    /// founding, of something not asked about), 1 otherwise.
    /// The subject and the canonical names are looked up once per question, not per sentence.
    /// </summary>
    private Func<IndexedSentence, float> BondOf(ParsedQuestion q)
    {
        if (q.Entities.Count == 0) return static _ => 1f;
        // "How do Musk and Altman differ on AI?" asks nothing but the comparison.
        if (q.TopicWords.Count == 0)
        {
            if (!q.Compares || Contrasted(q) is not { } compared) return static _ => 1f;
            return sentence => Contrasts(_canonicalSentences[sentence.Id], _clauses[sentence.Id], compared) ? 1.6f : 1f;
        }
        var subject = q.Entities[0];
        foreach (var id in q.Entities.Items())
        {
            if (!_actors.Contains(id)) continue;
            subject = id;
            break;
        }
        var chinese = new BondNames(NamedCanonical(q, chinese: true), _actorNamesByScript.Chinese, q.Entities);
        var english = new BondNames(NamedCanonical(q, chinese: false), _actorNamesByScript.English, q.Entities);
        var words = new SearchWords(q.TopicWords);
        var acting = ActingWords(q, subject);
        var directed = DirectedActing(q, subject);
        var together = Together(q);
        var contrasted = q.Compares ? Contrasted(q) : null;
        return sentence =>
        {
            var inChinese = sentence.Language != "en";
            // Who does the word at a place of the sentence: its clauses were worked out once; only looked at when the question's subject acts.
            var (names, ids) = inChinese ? _actorNamesChinese : _actorNamesEnglish;
            var clauses = acting is null && directed is null ? null : _clauses[sentence.Id];
            var bond = Bonded(q, subject, inChinese ? chinese : english, words, _canonicalSentences[sentence.Id], _canonicalMasks[sentence.Id],
                gap: inChinese ? 3 : 12, clauses, names, ids, acting, directed);
            // "xAI跟OpenAI有什麼過節": a relation between companies is told where they are named together (xAI反訴OpenAI…),
            // more than by a sentence about relationships in general.
            if (together is not null && NamesEvery(_entitiesOfSentence[sentence.Id], together)) bond *= 1.6f;
            // "How do Musk and Altman differ on AI?": the sentence that sets one against the other ("Musk … warning …, while
            // Altman focuses on …", 馬斯克…，而奧特曼則…) is the comparison itself.
            if (contrasted is not null && Contrasts(_canonicalSentences[sentence.Id], _clauses[sentence.Id], contrasted)) bond *= 1.6f;
            return bond;
        };
    }

    /// <summary>The canonical names, in one script, of the question's entities, in its order.</summary>
    private string?[] NamedCanonical(ParsedQuestion q, bool chinese)
    {
        var named = new string?[q.Entities.Count];
        for (var i = 0; i < named.Length; i++) named[i] = _aliases.CanonicalOf(q.Entities[i], chinese);
        return named;
    }

    /// <summary>
    /// The topic words (with the note's words for them) the question has its subject, a person, doing
    /// (马斯克为什么要资助OpenAI, "How did Altman hit back"), not receiving (OpenAI对马斯克离职的说法): a sentence where
    /// someone else does such a word (奧特曼……資助競爭對手, "Musk hit back") is not about the subject's deed, however
    /// many words it shares. Null when there are none. Only people: a company's deeds are often stated as its
    /// founder's ("Musk's launch of xAI was seen as revenge" answers "xAI是为了报复OpenAI吗").
    /// </summary>
    private HashSet<string>? ActingWords(ParsedQuestion q, string subject)
    {
        if (!_people.Contains(subject) || q.Canonical.Length == 0 || q.Intent is QuestionIntent.Who or QuestionIntent.Span || q.Compares || q.Between || q.Involvement) return null;
        var chinese = q.Language != "en";
        var (names, ids) = chinese ? _actorNamesChinese : _actorNamesEnglish;
        var text = q.Canonical;
        var clauses = QuestionClauses(text, chinese, names, ids);
        HashSet<string>? acting = null;
        foreach (var word in q.Topics.Items())
        {
            // Not the directed deeds (sue, accuse, call): a question with their roles reversed must still reach the
            // event that states them, where the direction check declines it (Answerer.Direction.cs).
            if (word.Length < 2 || _directedWords.Contains(word)) continue;
            for (var w = Find(text, word, chinese, 0); w >= 0; w = Find(text, word, chinese, w + 1))
            {
                if (PassiveQuestion(text, w, chinese) || Aspectual(text, w, chinese) || !ClauseDoers.At(clauses, text, w, names, ids).Contains(subject) || OtherActorBetween(text, w, subject, names, ids)) continue;
                acting ??= new HashSet<string>(StringComparer.Ordinal);
                acting.Add(word);
                if (chinese ? _parser.Concepts.TryChinese(word, out var inNote) : _parser.Concepts.TryEnglish(word, out inNote))
                {
                    foreach (var n in inNote)
                    {
                        if (!_directedWords.Contains(n)) acting.Add(n);
                    }
                }
                break;
            }
        }
        return acting;
    }

    // The last question's clauses on this thread: the bond and the direction checks both cut the same question.
    [ThreadStatic]
    private static (string? Text, string[]? Names, Clause[]? Clauses) _lastQuestionClauses;

    private static Clause[] QuestionClauses(string text, bool chinese, string[] names, string[] ids)
    {
        var last = _lastQuestionClauses;
        // The names array is per script (chinese or not), so it stands for both.
        if (ReferenceEquals(last.Text, text) && ReferenceEquals(last.Names, names)) return last.Clauses!;
        var clauses = ClauseDoers.Of(text, chinese, names, ids);
        _lastQuestionClauses = (text, names, clauses);
        return clauses;
    }

    /// <summary>"马斯克对OpenAI闭源有什么不满": a word after another actor's name is that actor's, not the subject's.</summary>
    private static bool OtherActorBetween(string text, int w, string subject, string[] names, string[] ids)
    {
        var from = -1;
        for (var i = 0; i < names.Length; i++)
        {
            if (ids[i] == subject && names[i].Length > 0) from = text.LastIndexOf(names[i], w, StringComparison.Ordinal) is var at and >= 0 ? at + names[i].Length : from;
        }
        if (from < 0 || from > w) return false;
        for (var i = 0; i < names.Length; i++)
        {
            if (ids[i] != subject && names[i].Length > 0 && text.AsSpan(from, w - from).Contains(names[i], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Per script, every actor that has a canonical name in it: (name, id) pairs, made once.</summary>
    private static ((string Name, string Id)[] Chinese, (string Name, string Id)[] English) NamesByScript((string Id, string? Chinese, string? English)[] actors) =>
        ([.. actors.Where(a => a.Chinese is { Length: > 0 }).Select(a => (a.Chinese!, a.Id))],
         [.. actors.Where(a => a.English is { Length: > 0 }).Select(a => (a.English!, a.Id))]);

    private static bool Contains(IReadOnlyList<string> ids, string id)
    {
        foreach (var i in ids.Items())
        {
            if (string.Equals(i, id, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>Per script: the question's entities' names (in the question's order), and every actor's name with
    /// the question's entities to leave out of them (the other actors, without a list of them per question).</summary>
    private sealed record BondNames(string?[] Named, (string Name, string Id)[] Actors, IReadOnlyList<string> Entities);

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float Bonded(ParsedQuestion q, string subject, BondNames names, SearchWords words, string text, ulong textMask, int gap,
        Clause[]? clauses, string[] actorNames, string[] actorIds, HashSet<string>? acting, HashSet<string>? directed)
    {
        var best = 1f;
        var bondedElsewhere = false;
        var doneByOther = false;
        for (var k = 0; k < words.Count; k++)
        {
            // Most topic words are not in a given sentence at all: the character mask or one search rules them out.
            if (!CharMask.MayContain(textMask, words.Masks[k])) continue;
            var word = words.Words[k];
            for (var w = text.IndexOf(word, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
            {
                var from = Math.Max(0, w - gap);
                var to = Math.Min(text.Length, w + word.Length + gap);
                // The subject asked about does the word here (馬斯克是早期主要資助者), however far the verb stands from
                // the name; someone else does it ("Musk hit back" for "how did Altman hit back"): bonded elsewhere.
                if (acting is not null && clauses is not null && acting.Contains(word) && ClauseDoers.At(clauses, text, w, actorNames, actorIds) is { Length: > 0 } doers)
                {
                    if (!doers.Contains(subject))
                    {
                        doneByOther = true;
                        continue;
                    }
                    best = Math.Max(best, 1.6f);
                }
                // The subject's directed deed done by someone else here: the subject near it is its receiver, not bonded.
                if (directed is not null && clauses is not null && directed.Contains(word) && ClauseDoers.At(clauses, text, w, actorNames, actorIds) is { Length: > 0 } deedDoers
                    && !deedDoers.Contains(subject)) continue;
                for (var i = 0; i < names.Named.Length; i++)
                {
                    if (names.Named[i] is not { Length: > 0 } name) continue;
                    var start = Math.Max(0, from - name.Length);
                    var end = Math.Min(text.Length, to + name.Length);
                    var at = text.AsSpan(start, end - start).IndexOf(name, StringComparison.Ordinal);
                    if (at < 0) continue;
                    // "funding Musk's competitors": a possessive after the word names whose thing it is, not who acts
                    // (before it, "Musk's lawsuit", it does).
                    if (q.Entities[i] == subject && !(start + at > w && text.AsSpan(start + at + name.Length).StartsWith("'s", StringComparison.Ordinal))) return 1.8f;
                    best = Math.Max(best, 1.4f);
                }
                if (best == 1f && !bondedElsewhere) bondedElsewhere = AnyOtherWithin(text, names, from, to);
            }
        }
        // Someone else doing the very deed asked about is stronger evidence than a name merely standing nearby.
        // A sentence that has the asked deed done only by someone else is about their deed, whatever other name
        // stands near another word ("Altman accused Musk … his own companies, and Musk hit back").
        return doneByOther && best < 1.6f ? 0.6f : best == 1f && bondedElsewhere ? 0.8f : best;
    }

    // Whether a person or company the question does not name stands within [from, to).
    private static bool AnyOtherWithin(string text, BondNames names, int from, int to)
    {
        foreach (var (name, id) in names.Actors)
        {
            if (Contains(names.Entities, id)) continue;
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
        // Between the story's protagonists (the ones its title names) every relation is the story itself.
        // Only for questions that take the relation as given ("when did", "did"): a what/why question is
        // answered by what the note says about them, and a comparison or "what links them" relates nothing.
        if (q.Intent is not (QuestionIntent.When or QuestionIntent.YesNo) || q.Compares || q.Involvement) return true;
        // Loops, not Where/All/Any with lambdas: the same answer without a closure per call.
        int actors = 0, titled = 0;
        foreach (var id in q.Entities.Items())
        {
            if (!_actors.Contains(id)) continue;
            actors++;
            if (_titleEntities.Contains(id)) titled++;
        }
        if (actors < 2 || titled == actors || q.Topics.Count == 0 || q.Between) return true;
        var search = new SearchWords(WithSayingFamily(q, TopicWordsOf(q)));
        var sentences = _sentencesOfEvent.GetValueOrDefault(e.Key, []);
        foreach (var actor in q.Entities.Items())
        {
            if (!_actors.Contains(actor)) continue;
            // OpenAI, named by most events, is often "the organisation" / 該組織 in the clause itself: the sentence must name it.
            var wide = _pervasive.Contains(actor);
            var near = false;
            foreach (var s in sentences)
            {
                if (near = Near(_resolvedSentences[s.Id], _resolvedMasks[s.Id], s.Language != "en", search, actor, wide) || DoesIn(s, search, actor)) break;
            }
            if (!near) return false;
        }
        return true;
    }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Near(string text, ulong textMask, bool chinese, SearchWords words, string entity, bool sentenceWide = false)
    {
        if (_aliases.CanonicalOf(entity, chinese) is not { Length: > 0 } name) return false;
        // About a clause: "Musk led a $97.4 billion bid", 馬斯克試圖以974億美元收購.
        var gap = sentenceWide ? text.Length : chinese ? 8 : 30;
        for (var k = 0; k < words.Count; k++)
        {
            if (!CharMask.MayContain(textMask, words.Masks[k])) continue;
            var word = words.Words[k];
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
}
