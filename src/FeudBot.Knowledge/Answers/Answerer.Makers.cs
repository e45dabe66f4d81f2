using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

// Who made a product: the answer names its maker.
public sealed partial class Answerer
{
    /// <summary>
    /// "Grok是誰推出的？", "Who launched Grok?": the sentences that match best (其聊天機器人Grok以直接挑戰ChatGPT之姿亮相)
    /// name the product but nobody who made it. When the best match names no person the question does not, the event's
    /// first sentence that does (馬斯克創立xAI…) leads the answer. Not for "which product" (Grok是衝著哪個產品來的), which
    /// asks for a product.
    /// </summary>
    private RankedEvent WithMakersSentences(RankedEvent chosen, ParsedQuestion q)
    {
        if (q.Intent != QuestionIntent.Who || AsksProduct(q) || !NamesProduct(q) || BestInScript(chosen, q) is not { } best || NamesMaker(best, q)) return chosen;
        var top = 0f;
        foreach (var h in chosen.Hits) top = Math.Max(top, h.Score);
        var hits = new List<SearchHit>(chosen.Hits.Count + 2);
        // The first such sentence in each language (the composer keeps one language's), then the matches as they were.
        var english = false;
        var chinese = false;
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(chosen.Event.Key, []))
        {
            if (s.IsTitle || !NamesMaker(s, q) || (s.Language == "en" ? english : chinese)) continue;
            hits.Add(new SearchHit(s, top));
            if (s.Language == "en") english = true;
            else chinese = true;
        }
        if (hits.Count == 0) return chosen;
        foreach (var h in chosen.Hits)
        {
            if (!hits.Exists(x => x.Sentence.Id == h.Sentence.Id)) hits.Add(h);
        }
        return chosen with { Hits = hits };
    }

    /// <summary>The best-scoring hit in the question's script (the composer shows sentences of one language).</summary>
    private static IndexedSentence? BestInScript(RankedEvent chosen, ParsedQuestion q)
    {
        var english = q.Language == "en";
        IndexedSentence? best = null;
        var bestScore = float.MinValue;
        foreach (var h in chosen.Hits)
        {
            if (h.Sentence.IsTitle || (h.Sentence.Language == "en") != english || h.Score <= bestScore) continue;
            (best, bestScore) = (h.Sentence, h.Score);
        }
        return best;
    }

    private bool NamesProduct(ParsedQuestion q)
    {
        foreach (var id in q.Entities.Items())
        {
            if (_products.Contains(id)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the sentence names a person the question does not. A person, not any organisation: the sentence about
    /// Grok names X, the platform it is integrated with, and that says nothing of who made it.
    /// </summary>
    private bool NamesMaker(IndexedSentence s, ParsedQuestion q)
    {
        foreach (var id in _entitiesOfSentence[s.Id])
        {
            if (_people.Contains(id) && !q.Entities.Contains(id)) return true;
        }
        return false;
    }
}
