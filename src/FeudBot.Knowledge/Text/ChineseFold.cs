using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace FeudBot.Knowledge.Text;

/// <summary>
/// Folds Traditional and variant Chinese characters to one Simplified character each, one character at a
/// time (see docs/chinese-text.md: "fold, don't convert"). The table is generated from OpenCC and Unihan by
/// <c>scripts/zh-fold/generate.sh</c> and embedded; folding is idempotent. It is never used backwards:
/// Simplified to Traditional by character is wrong (马斯克 would become 馬斯剋).
/// </summary>
public static class ChineseFold
{
    private static readonly FrozenDictionary<int, int> Table = LoadTable();

    /// <summary>Characters that only Traditional text uses (a key of the table that is not also a target).</summary>
    private static readonly FrozenSet<int> Targets = Table.Values.ToFrozenSet();

    private static readonly FrozenSet<int> TraditionalOnly = Table.Keys.Where(k => !Targets.Contains(k)).ToFrozenSet();

    /// <summary>
    /// Simplified targets that Traditional text does not use: targets that are not keys, minus the common
    /// characters that are standard in both scripts although a Traditional character folds onto them
    /// (克 of 馬斯克 is the target of 剋, 台 of 臺, 里 of 裡 ...).
    /// </summary>
    private static readonly FrozenSet<int> SimplifiedOnly = Targets
        .Where(v => !Table.ContainsKey(v) && !SharedByBothScripts.Contains(char.ConvertFromUtf32(v), StringComparison.Ordinal))
        .ToFrozenSet();

    private const string SharedByBothScripts = "克台干里后面只才系松范谷丑征斗冲准出云布表卷余制致周向志困胡舍借游占划御家了着";

    /// <summary>Number of character pairs in the table.</summary>
    public static int Count => Table.Count;

    /// <summary>Folds every character of <paramref name="text"/>; characters outside the table stay as they are.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = IndexOfFoldable(text);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        // Each rune's UTF-16 form appended from a stack buffer, not as a string per character.
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.AsSpan(i).EnumerateRunes())
        {
            var folded = Table.TryGetValue(rune.Value, out var to) ? new Rune(to) : rune;
            sb.Append(utf16[..folded.EncodeToUtf16(utf16)]);
        }
        return sb.ToString();
    }

    /// <summary>True when the character only appears in Traditional (or variant) writing, e.g. 馬 or 麼.</summary>
    public static bool IsTraditionalOnly(int codePoint) => TraditionalOnly.Contains(codePoint);

    /// <summary>True when the character only appears in Simplified writing, e.g. 马 or 么.</summary>
    public static bool IsSimplifiedOnly(int codePoint) => SimplifiedOnly.Contains(codePoint);

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x2E80) continue;
            if (char.IsHighSurrogate(c) || Table.ContainsKey(c)) return i;
        }
        return -1;
    }

    private static FrozenDictionary<int, int> LoadTable()
    {
        var map = new Dictionary<int, int>();
        foreach (var (from, to) in EmbeddedTable.ReadPairs("FeudBot.Knowledge.fold_t2s.tsv"))
        {
            map[char.ConvertToUtf32(from, 0)] = char.ConvertToUtf32(to, 0);
        }
        return map.ToFrozenDictionary();
    }
}
