using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// One field's postings as arrays (term → documents and frequencies, document lengths), made from the
/// analyzers' terms, scored with the same BM25 formula as Lucene's <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/>.
/// Why: the index has a few hundred short documents, and Lucene's per-query set-up (a Weight and Scorer per
/// term) cost about 50 µs per term on the 2-core machines, more than the whole per-question budget; reading
/// the postings directly costs well under a microsecond per term.
/// </summary>
internal sealed class Bm25Postings
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private readonly FrozenDictionary<string, (int[] Docs, float[] Weights)> _postings;

    /// <summary>Postings of one field from each document's analyzed terms (empty for documents not in the field).</summary>
    public Bm25Postings(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        var docs = documents.Count(d => d.Count > 0);
        var average = docs == 0 ? 1f : (float)documents.Where(d => d.Count > 0).Average(d => d.Count);
        var byTerm = new Dictionary<string, List<(int Doc, int Freq)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < documents.Count; doc++)
        {
            foreach (var group in documents[doc].GroupBy(t => t, StringComparer.Ordinal))
            {
                if (!byTerm.TryGetValue(group.Key, out var list)) byTerm[group.Key] = list = [];
                list.Add((doc, group.Count()));
            }
        }
        var map = new Dictionary<string, (int[], float[])>(byTerm.Count, StringComparer.Ordinal);
        foreach (var (term, list) in byTerm)
        {
            // BM25 as Lucene's BM25Similarity: tf part length-normalized, times idf once df is known.
            var idf = (float)Math.Log(1 + (docs - list.Count + 0.5) / (list.Count + 0.5));
            map[term] = (list.Select(p => p.Doc).ToArray(),
                list.Select(p => (float)p.Freq * (K1 + 1) / (p.Freq + K1 * (1 - B + B * documents[p.Doc].Count / average)) * idf).ToArray());
        }
        _postings = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds <paramref name="boost"/> × BM25(term) to <paramref name="scores"/> for every document holding the term.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accumulate(string term, float boost, Scratch scores)
    {
        if (!_postings.TryGetValue(term, out var p)) return;
        for (var i = 0; i < p.Docs.Length; i++) scores.Add(p.Docs[i], boost * p.Weights[i]);
    }
}
