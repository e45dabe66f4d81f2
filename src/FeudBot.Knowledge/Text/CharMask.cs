namespace FeudBot.Knowledge.Text;

/// <summary>
/// A 64-bit summary of which characters a text holds (bit <c>c % 64</c> per UTF-16 unit). A word with a bit its
/// text lacks cannot occur in it, so one AND rules most (word, sentence) pairs out before any string search;
/// a set bit proves nothing (many characters share one), so the search still decides.
/// </summary>
public static class CharMask
{
    public static ulong Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mask = 0UL;
        foreach (var c in text) mask |= 1UL << (c & 63);
        return mask;
    }

    /// <summary>False only when <paramref name="word"/> has a character <paramref name="text"/> lacks.</summary>
    public static bool MayContain(ulong text, ulong word) => (word & ~text) == 0;
}
