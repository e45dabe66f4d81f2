using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

// Directed deeds (sue, accuse, call: Answerer.Direction.cs) beyond the direction check: which sentence bonds the
// question's subject to its deed, and which of the chosen event's sentences tell the answer.
public sealed partial class Answerer
{
    /// <summary>
    /// The directed deeds (sue, accuse, bid, leave: Answerer.Direction.cs) the question has its subject doing to someone it
    /// names ("马斯克指控OpenAI什么"), with the note's words for them. A sentence where someone else does such a deed
    /// names the subject as its receiver ("奧特曼指控馬斯克"): the
    /// subject standing next to the word there is not what is asked. Null when there are none. Unlike
    /// <see cref="ActingWords"/> a sentence with the roles reversed is not penalised below others.
    /// </summary>
    private HashSet<string>? DirectedActing(ParsedQuestion q, string subject)
    {
        // Not for a question that takes the deed as given ("Did Altman sue Musk?", "when"): the event stating it with the
        // roles reversed must stay on top for the direction check to decline it.
        if (!_actors.Contains(subject) || q.Canonical.Length == 0 || q.Intent is QuestionIntent.Who or QuestionIntent.Span or QuestionIntent.YesNo or QuestionIntent.When
            || q.Compares || q.Between || q.Involvement) return null;
        var chinese = q.Language != "en";
        var (names, ids) = chinese ? _actorNamesChinese : _actorNamesEnglish;
        var text = q.Canonical;
        HashSet<string>? directed = null;
        foreach (var word in q.Topics.Items())
        {
            // Not saying or calling: 稱 and 表示 also just mean "said", and whom a saying is about is rarely its receiver.
            if (!_directedWords.Contains(word) || _sayWords.Contains(word) || _callWords.Contains(word)) continue;
            var clauses = QuestionClauses(text, chinese, names, ids);
            for (var w = Find(text, word, chinese, 0); w >= 0; w = Find(text, word, chinese, w + 1))
            {
                if (PassiveQuestion(text, w, chinese) || Aspectual(text, w, chinese)) continue;
                // As the direction check reads a question: the subject does the deed to someone named after it (not
                // 对马斯克离职: there 对 marks what the question is about, not who is left).
                var who = ClauseDoers.At(clauses, text, w, names, ids);
                if (!who.Contains(subject) || !NamesActorAfter(text, w + word.Length, names, who, ids)) continue;
                directed ??= new HashSet<string>(StringComparer.Ordinal);
                directed.Add(word);
                if (chinese ? _parser.Concepts.TryChinese(word, out var inNote) : _parser.Concepts.TryEnglish(word, out inNote))
                {
                    foreach (var n in inNote) directed.Add(n);
                }
                break;
            }
        }
        return directed;
    }

    /// <summary>
    /// "What did Altman call Musk?": the present state has Musk calling Altman names and Altman saying what he thinks of
    /// Musk. When the best matching sentence has only someone else doing the deed, the answer is told by the chosen
    /// event's sentences that have the question's doer doing it, first, without those where only someone else does it.
    /// The same event when the question takes no deed as given, the best match states it, or no sentence does.
    /// </summary>
    private RankedEvent WithDoersSentences(RankedEvent chosen, ParsedQuestion q)
    {
        if (chosen.Hits.Count == 0 || QuestionDeed(q, family: true) is not { } deed) return chosen;
        // Only when the best match has the deed done by someone else: otherwise the matching sentences already tell it.
        var best = chosen.Hits[0];
        foreach (var h in chosen.Hits)
        {
            if (h.Score > best.Score) best = h;
        }
        if (DoneBy(best.Sentence, deed.Words, deed.Doers) >= 0) return chosen;
        List<SearchHit>? stating = null;
        List<int>? others = null;
        var top = 0f;
        foreach (var h in chosen.Hits) top = Math.Max(top, h.Score);
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(chosen.Event.Key, []))
        {
            if (s.IsTitle) continue;
            var by = DoneBy(s, deed.Words, deed.Doers);
            if (by > 0) (stating ??= []).Add(new SearchHit(s, top > 0 ? top : 1f));
            else if (by < 0) (others ??= []).Add(s.Id);
        }
        if (stating is null) return chosen;
        // The stating sentences that matched come first, in match order; then the others stating it; then the rest that matched.
        var hits = new List<SearchHit>(chosen.Hits.Count + stating.Count);
        foreach (var h in chosen.Hits)
        {
            if (stating.Exists(x => x.Sentence.Id == h.Sentence.Id)) hits.Add(new SearchHit(h.Sentence, top));
        }
        foreach (var x in stating)
        {
            if (!hits.Exists(h => h.Sentence.Id == x.Sentence.Id)) hits.Add(x);
        }
        foreach (var h in chosen.Hits)
        {
            if (!hits.Exists(x => x.Sentence.Id == h.Sentence.Id) && !(others?.Contains(h.Sentence.Id) ?? false)) hits.Add(h);
        }
        return chosen with { Hits = hits };
    }
}
