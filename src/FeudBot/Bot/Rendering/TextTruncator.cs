using System.Text.RegularExpressions;

namespace FeudBot.Bot.Rendering;

/// <summary>
/// Shortens text to fit a Discord limit the way a person would: at a line break, else at a sentence end
/// (。！？ or . ! ? before a space), else at a space, and never inside a link
/// (<c>[title](url)</c>, <c>&lt;url&gt;</c>, a bare URL) or a Discord timestamp (<c>&lt;t:…&gt;</c>), which
/// would render as broken markup. Lengths are UTF-16 units, never fewer than Discord's count.
/// </summary>
public static partial class TextTruncator
{
    public const string Ellipsis = "…";

    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length);
        if (text.Length <= maxLength) return text;

        var budget = maxLength - Ellipsis.Length;
        var cut = FindCut(text, budget);
        cut = OutsideProtectedSpans(text, cut);
        if (cut > 0 && char.IsLowSurrogate(text[cut])) cut--;
        return text[..cut].TrimEnd() + Ellipsis;
    }

    private static int FindCut(string text, int budget)
    {
        // A line break is the best place, if it keeps at least half of what fits.
        var newline = text.LastIndexOf('\n', budget - 1, budget);
        if (newline >= budget / 2) return newline;

        for (var i = budget - 1; i >= budget / 3; i--)
        {
            if (IsSentenceEnd(text, i)) return i + 1;
        }

        for (var i = budget; i >= budget / 2; i--)
        {
            if (char.IsWhiteSpace(text[i])) return i;
        }

        return budget;
    }

    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '。' or '！' or '？' or '；' => true,
        // ASCII stops end a sentence only before whitespace: not in "3.5", "U.S." or a URL.
        '.' or '!' or '?' or ';' => i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static int OutsideProtectedSpans(string text, int cut)
    {
        foreach (Match m in ProtectedSpan().Matches(text))
        {
            if (m.Index >= cut) break;
            if (m.Index + m.Length > cut) return m.Index;
        }

        return cut;
    }

    // Markdown links (also [[2]](<url>) citation links), <url> and <t:…> markup, and bare URLs.
    [GeneratedRegex(@"\[?\[[^\]\n]*\]\]?\([^)\s]*\)|<(?:https?://|t:)[^>\s]*>|https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex ProtectedSpan();
}
