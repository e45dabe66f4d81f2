namespace FeudBot.Knowledge.Search;

/// <summary>
/// One thread's score buffers for <see cref="KnowledgeIndex.Search"/>: the total per document and the per-concept
/// and per-alternative <see cref="Scratch"/>. A search leaves them all zero, so the next search on the thread
/// reuses them instead of allocating three arrays the size of the index per question.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? _current;

    private SearchScratch(int documents)
    {
        Total = new Scratch(documents);
        Concept = new Scratch(documents);
        Alternative = new Scratch(documents);
    }

    /// <summary>Per-document totals, all zero between searches.</summary>
    public Scratch Total { get; }

    public Scratch Concept { get; }

    public Scratch Alternative { get; }

    /// <summary>The calling thread's buffers, large enough for <paramref name="documents"/> (a bigger index replaces them).</summary>
    public static SearchScratch For(int documents)
    {
        var current = _current;
        if (current is null || current.Total.Scores.Length < documents) _current = current = new SearchScratch(documents);
        return current;
    }
}
