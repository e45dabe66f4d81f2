namespace FeudBot.Knowledge.Collections;

/// <summary>
/// Words kept once each, in the order first added (what <c>Distinct().ToList()</c> gives): a scan of the list
/// while it is short (most questions), a hash set once it grows (a topic with many synonyms), so it is never
/// quadratic. The set is the thread's spare one, handed back by <see cref="TakeWords"/>, not one per question.
/// </summary>
/// <param name="capacity">The words expected (the list is sized once for them).</param>
internal sealed class DistinctWords(int capacity)
{
    private const int ScanLimit = 8;

    [ThreadStatic]
    private static HashSet<string>? _spare;

    private readonly List<string> _words = new(capacity);
    private HashSet<string>? _seen;

    /// <summary>Adds <paramref name="word"/> unless it is there already (ordinal comparison).</summary>
    public void Add(string word)
    {
        if (_seen is not null)
        {
            if (_seen.Add(word)) _words.Add(word);
            return;
        }
        foreach (var w in _words)
        {
            if (string.Equals(w, word, StringComparison.Ordinal)) return;
        }
        _words.Add(word);
        if (_words.Count < ScanLimit) return;
        _seen = _spare ?? new HashSet<string>(StringComparer.Ordinal);
        _spare = null;
        _seen.UnionWith(_words);
    }

    /// <summary>The words, each once; the set goes back to the thread for the next use (add nothing after this).</summary>
    public List<string> TakeWords()
    {
        if (_seen is not null)
        {
            _seen.Clear();
            _spare = _seen;
            _seen = null;
        }
        return _words;
    }
}
