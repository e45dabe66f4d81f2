using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

// The direction check: a question that takes a directed deed as given ("When did Altman sue Musk?") is answered
// only when the note states its doer doing it. The note's 2024 lawsuit names both men next to 起訴, but Musk sued;
// answering with it would confirm a false premise.
public sealed partial class Answerer
{
    // Deeds with a doer and a receiver: the concept groups (Questions/Data/concepts.txt) holding these words.
    // Not founding: its group (start, launch, set up) is also what a company does with its product ("When did
    // xAI launch Grok?", where the note has Musk launching it), and a founder the note never names with the
    // company ("When did Altman found xAI?") is declined already, the event not naming everyone asked about.
    private const string DirectedDeeds = "sue bid accuse leave say call";

    // A saying may be stated as a claim or an accusation (馬斯克說OpenAI變成… by "Musk's lawsuit claimed"), a calling
    // as a saying ("What did OpenAI call the lawsuit?" by "OpenAI responded that the lawsuit was sour grapes"); but
    // an accusation is not a calling ("When did Altman call Musk Scam Altman?" is not "Altman accused Musk").
    private const string SayFamily = "say call accuse";
    private const string CallFamily = "call say";

    /// <summary>The index forms (folded Chinese, English stems) of every member of a directed deed's concept group.</summary>
    private static HashSet<string> DirectedWords(string deeds)
    {
        var anchors = Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, deeds).ToHashSet(StringComparer.Ordinal);
        return Thesaurus.Default.Groups.Where(g => g.English.Any(anchors.Contains))
            .SelectMany(g => g.Chinese.Concat(g.English)).ToHashSet(StringComparer.Ordinal);
    }


    /// <summary>Per script, the actors' canonical names and ids (parallel arrays).</summary>
    private (string[] Names, string[] Ids) ActorNames(bool chinese)
    {
        var ids = _actors.Order(StringComparer.Ordinal).ToArray();
        return (ids.Select(id => _aliases.CanonicalOf(id, chinese) ?? "").ToArray(), ids);
    }

    /// <summary>
    /// False when the question names a doer of a directed deed and someone it is done to (doer before the verb,
    /// receiver after it, not passive: "When did Altman sue Musk", 奧特曼為什麼退出OpenAI董事會, "What did Tucker
    /// Carlson say about Musk") and no sentence of <paramref name="e"/>, in any language, has that doer doing it.
    /// Questions asking for the doer ("who sued") or comparing, listing or relating both sides take nothing as given.
    /// </summary>
    /// <param name="e">The event to look in.</param>
    /// <param name="q">The question.</param>
    /// <param name="family">Also count the saying family (an accusation the note states as a claim); false: only the deed's own words.</param>
    private bool DoerStated(TimelineEvent e, ParsedQuestion q, bool family = true)
    {
        if (QuestionDeed(q, family) is not { } deed) return true;
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(e.Key, []))
        {
            if (DoneBy(s, deed.Words, deed.Doers) > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The doer a question takes as doing a directed deed to someone, and the words for that deed (its own, the saying or
    /// calling family's when <paramref name="family"/>); null when the question takes no such deed as given.
    /// </summary>
    private (string[] Doers, SearchWords Words)? QuestionDeed(ParsedQuestion q, bool family)
    {
        if (q.Intent is QuestionIntent.Who or QuestionIntent.Span or QuestionIntent.Now || q.Compares || q.Between || q.Involvement) return null;
        // Most questions name one actor or no directed deed: nothing is allocated for them.
        var actors = 0;
        foreach (var entity in q.Entities.Items()) actors += _actors.Contains(entity) ? 1 : 0;
        // "Has Altman sued anyone?", "When did xAI sue?": a yes/no or when question takes the deed as given even with
        // nobody named to receive it.
        var alone = actors == 1 && q.Intent is QuestionIntent.YesNo or QuestionIntent.When;
        List<string>? deeds = null;
        var saying = false;
        foreach (var word in q.TopicWords.Items())
        {
            if (!_directedWords.Contains(word)) continue;
            (deeds ??= []).Add(word);
            saying |= _sayWords.Contains(word);
        }
        if (deeds is null) return null;
        // "What did Apple say about the ranking?", 微軟對官司有什麼回應: a statement or response asked of an actor takes it as
        // given that they made one; an event where only others speak (Musk and Altman clashing over Apple) does not have it.
        alone |= actors >= 1 && saying && q.Intent == QuestionIntent.What;
        if (actors < 2 && !alone) return null;
        var chinese = q.Language != "en";
        var (names, ids) = chinese ? _actorNamesChinese : _actorNamesEnglish;
        var text = q.Canonical.Length > 0 ? q.Canonical : _aliases.Canonicalize(TextNormalizer.Normalize(q.Question), chinese);
        var clauses = QuestionClauses(text, chinese, names, ids);
        string[] doers = [];
        foreach (var deed in deeds)
        {
            for (var w = Find(text, deed, chinese, 0); w >= 0 && doers.Length == 0; w = Find(text, deed, chinese, w + 1))
            {
                if (PassiveQuestion(text, w, chinese) || Aspectual(text, w, chinese)) continue;
                // "Altman's nickname from Musk": the owner of a name is the one named, not the one naming.
                if (!chinese && _callWords.Contains(deed) && text.AsSpan(0, w).EndsWith("'s ", StringComparison.Ordinal)) continue;
                var who = ClauseDoers.At(clauses, text, w, names, ids);
                if (who.Length > 0 && (alone || NamesActorAfter(text, w + deed.Length, names, who, ids) || chinese && AddressedBefore(text, w, names, who, ids))) doers = who;
            }
        }
        if (doers.Length == 0) return null;
        // The directed topic words, the deeds, then the saying or calling family: each once, where it first appears.
        var distinct = new DistinctWords(32);
        foreach (var w in TopicWordsOf(q))
        {
            if (_directedWords.Contains(w)) AddDeedWord(distinct, w);
        }
        foreach (var w in deeds) AddDeedWord(distinct, w);
        foreach (var w in !family ? [] : q.Topics.Any(_sayWords.Contains) ? _sayFamily : q.Topics.Any(_callWords.Contains) ? _callFamily : []) AddDeedWord(distinct, w);
        return (doers, new SearchWords(distinct.TakeWords()));
    }

    /// <summary>1 when the sentence has one of <paramref name="doers"/> doing a deed of <paramref name="search"/>, -1 when
    /// only others do such a deed in it, 0 when it states none or one whose doer is unknown.</summary>
    private int DoneBy(IndexedSentence s, SearchWords search, string[] doers)
    {
        var inChinese = s.Language != "en";
        var (sNames, sIds) = inChinese ? _actorNamesChinese : _actorNamesEnglish;
        var sText = _canonicalSentences[s.Id];
        var byOthers = false;
        var unknown = false;
        for (var k = 0; k < search.Count; k++)
        {
            // Most words are not in a given sentence at all: its character mask rules them out without a search
            // (not a stem ending in i, which Find also matches as y).
            var word = search.Words[k];
            if (!CharMask.MayContain(_canonicalMasks[s.Id], search.Masks[k]) && word[^1] != 'i') continue;
            for (var w = Find(sText, word, inChinese, 0); w >= 0; w = Find(sText, word, inChinese, w + 1))
            {
                var who = ClauseDoers.At(_clauses[s.Id], sText, w, sNames, sIds);
                foreach (var doer in who)
                {
                    if (doers.Contains(doer)) return 1;
                }
                // A deed whose doer is unknown ("he later claimed") may be the doer's own: then nothing is known against it.
                if (who.Length == 0) unknown = true;
                else byOthers = true;
            }
        }
        return byOthers && !unknown ? -1 : 0;
    }

    /// <summary>
    /// When the best event has someone other than the question's doer doing the deed, another event that matched about
    /// as well (at least 80 %), names everyone asked about and has the doer doing that very deed (not only saying
    /// something): "What did Altman accuse Musk of?" ranks Musk's 2024 suit (accusing OpenAI and Altman) a hair above
    /// August 2025, where Altman accuses Musk.
    /// </summary>
    private RankedEvent? ByStatedDoer(List<RankedEvent> ranked, RankedEvent chosen, ParsedQuestion q)
    {
        foreach (var r in ranked)
        {
            if (ReferenceEquals(r, chosen) || r.Score < 0.8 * chosen.Score) continue;
            if (NamesAll(r.Event, q) && RelationStated(r.Event, q) && DoerStated(r.Event, q, family: false)) return r;
        }
        return null;
    }

    private static void AddDeedWord(DistinctWords words, string w)
    {
        // Short English stems ("su" of sued) start unrelated words (subsidiary).
        if (w.Length >= 3 || w.Length > 0 && w[0] >= 0x2E80) words.Add(w);
    }

    /// <summary>
    /// The next place <paramref name="word"/> starts (an English stem only at a word's start: "su" is not in "issue";
    /// a stem ending in i also as the word's y: "sai" is the stem of say).
    /// </summary>
    private static int Find(string text, string word, bool chinese, int from)
    {
        var at = FindStart(text, word, chinese, from);
        if (chinese || word.Length < 2 || word[^1] != 'i') return at;
        var y = FindStart(text, string.Concat(word.AsSpan(0, word.Length - 1), "y"), chinese, from);
        return at < 0 ? y : y < 0 ? at : Math.Min(at, y);
    }

    private static int FindStart(string text, string word, bool chinese, int from)
    {
        for (var w = text.IndexOf(word, from, StringComparison.Ordinal); w >= 0; w = text.IndexOf(word, w + 1, StringComparison.Ordinal))
        {
            if (chinese || w == 0 || !char.IsLetter(text[w - 1])) return w;
        }
        return -1;
    }

    /// <summary>"What is OpenAI accused of by Musk", "When was OpenAI founded": the first name is not the doer.</summary>
    private static bool PassiveQuestion(string text, int w, bool chinese)
    {
        if (chinese) return false;
        if (text.AsSpan(w).Contains(" by ", StringComparison.Ordinal)) return true;
        var end = w;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var participle = text.AsSpan(w, end - w) is var verb && (verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("en", StringComparison.Ordinal));
        return participle && Auxiliaries.Any(a => (" " + text[..w]).Contains(a, StringComparison.Ordinal));
    }

    /// <summary>"When did Microsoft start funding OpenAI", "quit criticizing": the word only begins or ends another deed.</summary>
    private static bool Aspectual(string text, int w, bool chinese)
    {
        if (chinese) return false;
        var end = w;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        var next = end + 1;
        var after = next;
        while (after < text.Length && char.IsLetter(text[after])) after++;
        return next < text.Length && text[end] == ' ' && after - next > 4 && text.AsSpan(next, after - next).EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>塔克·卡爾森對馬斯克說: in Chinese the one spoken to may stand before the verb, after 對, 向 or 跟.</summary>
    private static bool AddressedBefore(string text, int w, string[] names, string[] doers, string[] ids)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length == 0 || doers.Contains(ids[i]) || !text.AsSpan(0, w).EndsWith(names[i], StringComparison.Ordinal)) continue;
            var before = w - names[i].Length - 1;
            if (before >= 0 && text[before] is '对' or '向' or '跟') return true;
        }
        return false;
    }

    private static readonly string[] Auxiliaries = [" is ", " are ", " was ", " were ", " been ", " get ", " got "];

    private static bool NamesActorAfter(string text, int from, string[] names, string[] doers, string[] ids)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > 0 && !doers.Contains(ids[i]) && text.IndexOf(names[i], from, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }
}
