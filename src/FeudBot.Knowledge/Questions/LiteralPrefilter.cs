using System.Buffers;
using System.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// A cheap necessary condition for a pattern: the text holds one of the literal words every match of the pattern
/// contains. ASCII words are searched as strings (a vectorized search); for the others (Chinese) only their first
/// character is searched, because a string search over a mixed ASCII and Chinese set falls back to a scalar
/// Aho-Corasick walk that cost as much as the regex it was meant to skip. A false answer means the pattern cannot
/// match; a true one means it may.
/// </summary>
internal sealed class LiteralPrefilter
{
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<char> _otherStarts;

    public LiteralPrefilter(params string[] words)
    {
        Words = words;
        _ascii = SearchValues.Create(words.Where(w => Ascii.IsValid(w)).ToArray(), StringComparison.Ordinal);
        _otherStarts = SearchValues.Create(string.Concat(words.Where(w => !Ascii.IsValid(w)).Select(w => w[0]).Distinct()));
    }

    /// <summary>The words, one of which every match of the pattern holds.</summary>
    public string[] Words { get; }

    /// <summary>False when <paramref name="text"/> holds none of the words (the pattern cannot match it).</summary>
    public bool MayMatch(string text) => text.AsSpan().ContainsAny(_otherStarts) || text.AsSpan().ContainsAny(_ascii);
}
