using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

// Choosing an answer's sentences: the best hits, a sentence for each word they miss, and what a pronoun refers to.
internal sealed partial class AnswerComposer
{
    /// <summary>Insertion sort by <see cref="IndexedSentence.Order"/>, equal orders kept as they are (the stable
    /// order OrderBy gave; List.Sort is not stable). An answer has at most a handful of sentences.</summary>
    private static void SortByOrder(List<IndexedSentence> sentences)
    {
        for (var i = 1; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var j = i - 1;
            for (; j >= 0 && sentences[j].Order > s.Order; j--) sentences[j + 1] = sentences[j];
            sentences[j + 1] = s;
        }
    }

    // Sentences are one per id: comparing ids is the record equality List.Contains used, without comparing texts.
    private static bool Contains(List<IndexedSentence> sentences, IndexedSentence s)
    {
        foreach (var o in sentences)
        {
            if (o.Id == s.Id) return true;
        }
        return false;
    }

    /// <summary>
    /// The best sentences say most of what was asked, but a word of the question they do not contain may be
    /// answered by a weaker one ("OpenAI怎麼解釋馬斯克離開董事會": the resignation is the best match, OpenAI's
    /// explanation a later sentence): while there is room, the best hit for each missed word is added.
    /// </summary>
    private void AddForMissedWords(ParsedQuestion q, List<SearchHit> hits, List<IndexedSentence> picked, int max)
    {
        if (picked.Count >= max) return;
        var terms = q.Terms;
        // Each concept once, in the order it first appears (as GroupBy yields them).
        for (var i = 0; i < terms.Count; i++)
        {
            if (FirstOfConcept(terms, i) != i) continue;
            if (picked.Count >= max) return;
            var said = false;
            foreach (var s in picked)
            {
                if (said = Says(s, terms, i)) break;
            }
            if (said) continue;
            foreach (var h in hits)
            {
                if (Contains(picked, h.Sentence) || !Says(h.Sentence, terms, i)) continue;
                picked.Add(h.Sentence);
                break;
            }
        }
    }

    private static int FirstOfConcept(IReadOnlyList<WeightedTerm> terms, int i)
    {
        var concept = terms[i].Concept;
        for (var j = 0; j < i; j++)
        {
            if (terms[j].Concept == concept) return j;
        }
        return i;
    }

    /// <summary>Whether the sentence's matching form holds any term of the concept that first appears at <paramref name="first"/>.</summary>
    private bool Says(IndexedSentence s, IReadOnlyList<WeightedTerm> terms, int first)
    {
        var concept = terms[first].Concept;
        var text = _sentences.Normalized(s);
        for (var j = first; j < terms.Count; j++)
        {
            if (terms[j].Concept == concept && text.Contains(terms[j].Term, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A sentence that opens with "he", "they", 他們 ("2015年，他們共同創辦了OpenAI"; not 兩人, which names the story's two) does not say who on its own:
    /// the note's sentence before it, in the same event, is added so the answer names them.
    /// </summary>
    private List<IndexedSentence> WithAntecedents(List<IndexedSentence> picked, TimelineEvent e, string source)
    {
        var result = new List<IndexedSentence>(picked.Count + 1);
        result.AddRange(picked);
        foreach (var s in picked)
        {
            if (!_sentences.OpensWithPronoun(s)) continue;
            // The last sentence before it in note order (the first of equals, as MaxBy took it).
            IndexedSentence? before = null;
            foreach (var o in _sentences.Of(e.Key, source))
            {
                if (!o.IsTitle && o.Order < s.Order && (before is null || o.Order > before.Order)) before = o;
            }
            if (before is not null && !Contains(result, before)) result.Add(before);
        }
        return result;
    }
}
