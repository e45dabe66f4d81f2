namespace FeudBot.Knowledge.Collections;

/// <summary>
/// Words kept once each, in the order first added (what <c>Distinct().ToList()</c> gives): a scan of the list
/// while it is short (most questions), a hash set once it grows (a topic with many synonyms), so it is never
/// quadratic and allocates no set for a handful of words.
/// </summary>
/// <param name="capacity">The words expected (the list is sized once for them).</param>
internal sealed class DistinctWords(int capacity)
{
    private const int ScanLimit = 32;
    private HashSet<string>? _seen;

    /// <summary>The words, each once.</summary>
    public List<string> Words { get; } = new(capacity);

    /// <summary>Adds <paramref name="word"/> unless it is there already (ordinal comparison).</summary>
    public void Add(string word)
    {
        if (_seen is not null)
        {
            if (_seen.Add(word)) Words.Add(word);
            return;
        }
        foreach (var w in Words)
        {
            if (string.Equals(w, word, StringComparison.Ordinal)) return;
        }
        Words.Add(word);
        if (Words.Count >= ScanLimit) _seen = new HashSet<string>(Words, StringComparer.Ordinal);
    }
}
