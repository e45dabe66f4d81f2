using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// The search index of a story's sentences, built once per snapshot with Lucene.Net's analyzers (an in-memory
/// Lucene.Net index of the same documents is built on demand, see <see cref="SearchWithLucene"/>). Each document is one
/// sentence of one event in one language: Chinese sentences (any script) go to the folded-Chinese field,
/// English sentences to the English field. BM25 favours short sentences that hold the question's words.
/// Thread-safe for searching.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly IReadOnlyList<IndexedSentence> _sentences;
    private readonly string[] _texts;
    private readonly FrozenDictionary<string, Bm25Postings> _fields;
    private readonly Lazy<LuceneIndex> _lucene;

    public KnowledgeIndex(Story story, AliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(aliases);
        _sentences = StorySentences.Collect(story);
        var vocabulary = new NoteVocabularyBuilder(aliases);
        var chinese = new List<IReadOnlyList<string>>(_sentences.Count);
        var english = new List<IReadOnlyList<string>>(_sentences.Count);
        _texts = new string[_sentences.Count];
        foreach (var sentence in _sentences)
        {
            var isEnglish = sentence.Language == "en";
            var field = isEnglish ? Analyzers.EnglishField : Analyzers.ChineseField;
            var text = _texts[sentence.Id] = vocabulary.Add(sentence.Text, isEnglish);
            var terms = Analyzers.Terms(isEnglish ? Analyzers.English : Analyzers.Chinese, field, text);
            (isEnglish ? english : chinese).Add(terms);
            (isEnglish ? chinese : english).Add([]);
        }
        // The postings come straight from the analyzers' terms, the same terms Lucene's IndexWriter would
        // store: building a Lucene index (codecs, segment flush, reader) cost about 250 ms of JIT at start-up,
        // more than everything else `ask` does, and the answer path never queried it.
        _fields = new Dictionary<string, Bm25Postings>(StringComparer.Ordinal)
        {
            [Analyzers.ChineseField] = new Bm25Postings(chinese),
            [Analyzers.EnglishField] = new Bm25Postings(english),
        }.ToFrozenDictionary(StringComparer.Ordinal);
        _lucene = new Lazy<LuceneIndex>(() => new LuceneIndex(_sentences, _texts), LazyThreadSafetyMode.ExecutionAndPublication);
        Vocabulary = vocabulary.Build();
    }

    /// <summary>Every indexed sentence; <see cref="IndexedSentence.Id"/> is its position here.</summary>
    public IReadOnlyList<IndexedSentence> Sentences => _sentences;

    /// <summary>The words the note uses, for deciding whether a question is covered.</summary>
    public NoteVocabulary Vocabulary { get; }

    /// <summary>
    /// The best sentences in <paramref name="field"/> for the weighted terms (any may match), scored BM25 from
    /// the index's postings: per concept, only its best alternative counts (as a DisjunctionMaxQuery would).
    /// </summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<SearchHit> Search(string field, IReadOnlyList<WeightedTerm> terms, int top = 24)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (terms.Count == 0 || top == 0 || !_fields.TryGetValue(field, out var postings)) return [];
        var n = _sentences.Count;
        // Per concept and per alternative only the documents a term touched are visited (and reset), not the
        // whole index: each document still sees the same additions and maxima in the same order, and the
        // documents no term touched keep 0, as the dense pass over every document gave them. The buffers are
        // the calling thread's, reused question after question (they come back all zero), not three per question.
        var scratch = SearchScratch.For(n);
        var (total, concept, alternative) = (scratch.Total, scratch.Concept, scratch.Alternative);
        var i = 0;
        while (i < terms.Count)
        {
            var c = terms[i].Concept;
            while (i < terms.Count && terms[i].Concept == c)
            {
                var a = terms[i].Alternative;
                for (; i < terms.Count && terms[i].Concept == c && terms[i].Alternative == a; i++)
                    postings.Accumulate(terms[i].Term, terms[i].Weight, alternative);
                foreach (var d in alternative.Touched) concept.Max(d, alternative.Scores[d]);
                alternative.Reset();
            }
            foreach (var d in concept.Touched) total.Add(d, concept.Scores[d]);
            concept.Reset();
        }
        return Best(total, top);
    }

    /// <summary>
    /// The <paramref name="top"/> best-scoring sentences, highest first, ties by sentence order: the same list a
    /// full sort of every hit would cut (the order is total), kept in a short sorted buffer instead.
    /// </summary>
    private List<SearchHit> Best(Scratch total, int top)
    {
        var best = new List<SearchHit>(Math.Min(top, _sentences.Count));
        // Only the documents a term touched can score: visited in id order, as the pass over every document went.
        var touched = total.Touched;
        touched.Sort();
        foreach (var d in touched)
        {
            var score = total.Scores[d];
            if (!(score > 0)) continue;
            var hit = new SearchHit(_sentences[d], score);
            // Documents come in id order, so a tie never goes before an earlier one.
            if (best.Count == top && !(hit.Score > best[^1].Score)) continue;
            var at = best.Count;
            while (at > 0 && hit.Score > best[at - 1].Score) at--;
            if (best.Count == top) best.RemoveAt(top - 1);
            best.Insert(at, hit);
        }
        total.Reset(); // back to zero for the thread's next search
        return best;
    }

    /// <summary>The same search through Lucene's own <see cref="IndexSearcher"/> (BooleanQuery of
    /// DisjunctionMaxQuery per concept); kept to check <see cref="Search"/> against and for tooling. The
    /// Lucene index is built on the first call.</summary>
    public IReadOnlyList<SearchHit> SearchWithLucene(string field, IReadOnlyCollection<WeightedTerm> terms, int top = 24)
    {
        if (terms.Count == 0) return [];
        var query = new BooleanQuery(disableCoord: true);
        foreach (var concept in terms.GroupBy(t => t.Concept))
        {
            var alternatives = concept.GroupBy(t => t.Alternative).ToList();
            if (alternatives.Count == 1)
            {
                foreach (var term in alternatives[0]) query.Add(TermQuery(field, term), Occur.SHOULD);
                continue;
            }
            // A word and its synonyms: the best-matching variant scores, the others add nothing.
            var best = new DisjunctionMaxQuery(0f);
            foreach (var alternative in alternatives)
            {
                var clause = new BooleanQuery(disableCoord: true);
                foreach (var term in alternative) clause.Add(TermQuery(field, term), Occur.SHOULD);
                best.Add(clause);
            }
            query.Add(best, Occur.SHOULD);
        }
        var docs = _lucene.Value.Searcher.Search(query, top);
        var hits = new SearchHit[docs.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++) hits[i] = new SearchHit(_sentences[docs.ScoreDocs[i].Doc], docs.ScoreDocs[i].Score);
        return hits;
    }

    private static TermQuery TermQuery(string field, WeightedTerm term) => new(new Term(field, term.Term)) { Boost = term.Weight };

    public void Dispose()
    {
        if (_lucene.IsValueCreated) _lucene.Value.Dispose();
    }
}
