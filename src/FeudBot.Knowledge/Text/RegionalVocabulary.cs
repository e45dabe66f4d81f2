using System.Collections.Frozen;
using System.Text;

namespace FeudBot.Knowledge.Text;

/// <summary>
/// Taiwan → mainland vocabulary (資料 → 数据, 使用者 → 用户; OpenCC TWPhrasesRev, both sides folded).
/// These are different words, not different scripts, so the fold cannot unify them; instead the index
/// adds the mainland word next to the Taiwan word (never replacing it).
/// </summary>
public static class RegionalVocabulary
{
    private static readonly FrozenDictionary<string, string> Pairs =
        EmbeddedTable.ReadPairs("FeudBot.Knowledge.tw2cn_vocab.tsv").ToFrozenDictionary(p => p.From, p => p.To, StringComparer.Ordinal);

    /// <summary>Number of word pairs in the list.</summary>
    public static int Count => Pairs.Count;

    /// <summary>
    /// Returns <paramref name="folded"/> followed by the mainland equivalent of every Taiwan word it
    /// contains (space-separated); the text itself is unchanged when it holds none.
    /// </summary>
    public static string AppendMainlandWords(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        StringBuilder? extra = null;
        foreach (var (taiwan, mainland) in Pairs)
        {
            if (!folded.Contains(taiwan, StringComparison.Ordinal)) continue;
            extra ??= new StringBuilder(folded);
            extra.Append(' ').Append(mainland);
        }
        return extra?.ToString() ?? folded;
    }
}
