using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Questions;

// The query terms' helpers: remembered bigrams and stems, and duplicate terms dropped.
public sealed partial class QuestionParser
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> PieceBigrams = new(StringComparer.Ordinal);

    // A question's Chinese pieces are words of the note, names and concept words, asked again and again: their
    // bigrams (CjkBigrams.Of, never changed by callers) are remembered, up to a bound, not cut per question.
    private static string[] BigramsOf(string piece)
    {
        if (PieceBigrams.TryGetValue(piece, out var bigrams)) return bigrams;
        bigrams = CjkBigrams.Of(piece);
        if (PieceBigrams.Count < 16_384) PieceBigrams.TryAdd(piece, bigrams);
        return bigrams;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Stems = new(StringComparer.Ordinal);

    // Latin words inside Chinese questions are few (openai, xai): cache their stems, up to a bound.
    private static string Stem(string word)
    {
        if (Stems.TryGetValue(word, out var cached)) return cached;
        var stem = Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, word) is [var s] ? s : word;
        if (Stems.Count < 4096) Stems[word] = stem;
        return stem;
    }

    // The first of each (term, concept, alternative), in order, as DistinctBy keeps them. A question has a few
    // dozen terms at most: a scan of those kept costs less than hashing every one into a set.
    private static List<WeightedTerm> Dedupe(List<WeightedTerm> terms)
    {
        if (terms.Count > 24) return DedupeHashed(terms);
        var result = new List<WeightedTerm>(terms.Count);
        foreach (var t in terms)
        {
            var seen = false;
            foreach (var r in result)
            {
                if (r.Concept == t.Concept && r.Alternative == t.Alternative && string.Equals(r.Term, t.Term, StringComparison.Ordinal))
                {
                    seen = true;
                    break;
                }
            }
            if (!seen) result.Add(t);
        }
        return result;
    }

    private static List<WeightedTerm> DedupeHashed(List<WeightedTerm> terms)
    {
        var seen = new HashSet<(string, int, int)>(terms.Count);
        var result = new List<WeightedTerm>(terms.Count);
        foreach (var t in terms)
        {
            if (seen.Add((t.Term, t.Concept, t.Alternative))) result.Add(t);
        }
        return result;
    }
}
