using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Which of several word lists (<see cref="LiteralPrefilter"/>s) a text holds a word of, found in one pass: each
/// marker pattern of a question is then tried only if its list was found, instead of every list searching the
/// question again (a dozen searches per question). ASCII words are found with one string search, the others
/// (Chinese) by their first character; every place found is checked against the words starting with its character,
/// so a list is reported exactly when the text contains one of its words.
/// </summary>
internal sealed class MarkerSet
{
    private readonly SearchValues<string> _ascii;
    private readonly SearchValues<char> _otherStarts;
    private readonly FrozenDictionary<char, (string Word, int Lists)[]> _byFirstChar;

    /// <param name="lists">At most 32 lists; bit <c>i</c> of <see cref="Find"/> stands for <c>lists[i]</c>.</param>
    public MarkerSet(params LiteralPrefilter[] lists)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lists.Length, 32);
        var bits = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Length; i++)
        {
            foreach (var w in lists[i].Words) bits[w] = bits.GetValueOrDefault(w) | 1 << i;
        }
        _ascii = SearchValues.Create(bits.Keys.Where(w => Ascii.IsValid(w)).ToArray(), StringComparison.Ordinal);
        _otherStarts = SearchValues.Create(string.Concat(bits.Keys.Where(w => !Ascii.IsValid(w)).Select(w => w[0]).Distinct()));
        _byFirstChar = bits.GroupBy(p => p.Key[0]).ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>The lists (as bits) that <paramref name="text"/> holds a word of.</summary>
    public int Find(string text) => FindAt(text, ascii: true) | FindAt(text, ascii: false);

    private int FindAt(string text, bool ascii)
    {
        var found = 0;
        for (var from = 0; from < text.Length;)
        {
            var rest = text.AsSpan(from);
            var at = ascii ? rest.IndexOfAny(_ascii) : rest.IndexOfAny(_otherStarts);
            if (at < 0) break;
            at += from;
            // Every word that starts here (a place can start several, and words of several lists).
            foreach (var (word, lists) in _byFirstChar[text[at]])
            {
                if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) found |= lists;
            }
            from = at + 1;
        }
        return found;
    }
}
