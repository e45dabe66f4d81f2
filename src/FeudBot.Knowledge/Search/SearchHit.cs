namespace FeudBot.Knowledge.Search;

/// <summary>A sentence that matched a query, with its Lucene (BM25) score.</summary>
public readonly record struct SearchHit(IndexedSentence Sentence, float Score);
