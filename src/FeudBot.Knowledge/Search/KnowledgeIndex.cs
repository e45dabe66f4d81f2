using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene.Net index of a story's sentences, built once per snapshot. Each document is one
/// sentence of one event in one language: Chinese sentences (any script) go to the folded-Chinese field,
/// English sentences to the English field. BM25 favours short sentences that hold the question's words.
/// Thread-safe for searching.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<IndexedSentence> _sentences;

    public KnowledgeIndex(Story story, AliasTable aliases)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(aliases);
        _sentences = StorySentences.Collect(story);
        var vocabulary = new NoteVocabularyBuilder(aliases);
        var analyzer = new PerFieldAnalyzerWrapper(Analyzers.Chinese,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [Analyzers.EnglishField] = Analyzers.English });
        var config = new IndexWriterConfig(Analyzers.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var sentence in _sentences)
            {
                var english = sentence.Language == "en";
                var field = english ? Analyzers.EnglishField : Analyzers.ChineseField;
                var text = vocabulary.Add(sentence.Text, english);
                writer.AddDocument(new Document { new TextField(field, text, Field.Store.NO) });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        Vocabulary = vocabulary.Build();
    }

    /// <summary>Every indexed sentence; <see cref="IndexedSentence.Id"/> is its position here.</summary>
    public IReadOnlyList<IndexedSentence> Sentences => _sentences;

    /// <summary>The words the note uses, for deciding whether a question is covered.</summary>
    public NoteVocabulary Vocabulary { get; }

    /// <summary>The best sentences in <paramref name="field"/> for the weighted terms (any may match).</summary>
    public IReadOnlyList<SearchHit> Search(string field, IReadOnlyCollection<WeightedTerm> terms, int top = 24)
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
        var docs = _searcher.Search(query, top);
        var hits = new SearchHit[docs.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++) hits[i] = new SearchHit(_sentences[docs.ScoreDocs[i].Doc], docs.ScoreDocs[i].Score);
        return hits;
    }

    private static TermQuery TermQuery(string field, WeightedTerm term) => new(new Term(field, term.Term)) { Boost = term.Weight };

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
