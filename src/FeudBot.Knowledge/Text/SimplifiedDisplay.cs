namespace FeudBot.Knowledge.Text;

/// <summary>
/// Shows zh-Hant note text to zh-Hans readers. It uses the character fold, which docs/chinese-text.md
/// found close to OpenCC for display; it is only ever applied Traditional → Simplified, because
/// character-by-character Simplified → Traditional is wrong (马斯克 → 馬斯剋).
/// Known limit: one-to-many cases the fold merges on purpose (著 → 着 in 顯著) read slightly off;
/// ICU's Traditional-Simplified transliterator would be more faithful if that ever matters.
/// </summary>
public static class SimplifiedDisplay
{
    /// <summary>
    /// Converts Traditional (or mixed) Chinese text to Simplified characters for display, and writes name
    /// middle dots (・ ‧) as the mainland · (伊隆・馬斯克 → 伊隆·马斯克).
    /// </summary>
    public static string ToSimplified(string traditional)
    {
        var folded = ChineseFold.Fold(traditional);
        return folded.AsSpan().IndexOfAny('・', '‧') < 0 ? folded : folded.Replace('・', '·').Replace('‧', '·');
    }
}
