using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// An in-memory Lucene.Net index of the story's sentences (one document per sentence, folded-Chinese or
/// English field), BM25-scored. Built only when Lucene's own searcher is asked for (tooling and the test
/// that checks <see cref="KnowledgeIndex.Search"/> against Lucene), because building it dominates start-up.
/// </summary>
internal sealed class LuceneIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public LuceneIndex(IReadOnlyList<IndexedSentence> sentences, IReadOnlyList<string> texts)
    {
        var analyzer = new PerFieldAnalyzerWrapper(Analyzers.Chinese,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [Analyzers.EnglishField] = Analyzers.English });
        var config = new IndexWriterConfig(Analyzers.Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var sentence in sentences)
            {
                var field = sentence.Language == "en" ? Analyzers.EnglishField : Analyzers.ChineseField;
                writer.AddDocument(new Document { new TextField(field, texts[sentence.Id], Field.Store.NO) });
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public IndexSearcher Searcher { get; }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
