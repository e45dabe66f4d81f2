using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// One field of the Lucene index read back into arrays once (term → documents and frequencies, document
/// lengths), scored with the same BM25 formula as Lucene's <see cref="Lucene.Net.Search.Similarities.BM25Similarity"/>.
/// Why: the index has a few hundred short documents, and Lucene's per-query set-up (a Weight and Scorer per
/// term) cost about 50 µs per term on the 2-core machines, more than the whole per-question budget; reading
/// the postings directly costs well under a microsecond per term.
/// </summary>
internal sealed class Bm25Postings
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;
    private readonly FrozenDictionary<string, (int[] Docs, float[] Weights)> _postings;

    public Bm25Postings(IndexReader reader, string field, IReadOnlyList<int> lengths)
    {
        var docs = lengths.Count(l => l > 0);
        var average = docs == 0 ? 1f : (float)lengths.Where(l => l > 0).Average();
        var map = new Dictionary<string, (int[], float[])>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is not null)
        {
            var termsEnum = terms.GetEnumerator();
            var live = MultiFields.GetLiveDocs(reader);
            while (termsEnum.MoveNext())
            {
                var term = termsEnum.Term.Utf8ToString();
                var postings = termsEnum.Docs(live, null, DocsFlags.FREQS);
                var ids = new List<int>();
                var weights = new List<float>();
                while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    ids.Add(postings.DocID);
                    float tf = postings.Freq;
                    // BM25 term-frequency part, length-normalized; the idf is applied below once df is known.
                    weights.Add(tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[postings.DocID] / average)));
                }
                var idf = (float)Math.Log(1 + (docs - ids.Count + 0.5) / (ids.Count + 0.5));
                map[term] = (ids.ToArray(), weights.Select(w => w * idf).ToArray());
            }
        }
        _postings = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Adds <paramref name="boost"/> × BM25(term) to <paramref name="scores"/> for every document holding the term.</summary>
    public void Accumulate(string term, float boost, Span<float> scores)
    {
        if (!_postings.TryGetValue(term, out var p)) return;
        for (var i = 0; i < p.Docs.Length; i++) scores[p.Docs[i]] += boost * p.Weights[i];
    }
}
