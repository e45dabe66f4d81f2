using System.Runtime.CompilerServices;
using System.Text;

namespace FeudBot.Knowledge.Text;

/// <summary>
/// Brings a question and the note to one comparable form, in the order docs/chinese-text.md measured:
/// full-width ASCII → ASCII; NFKC; zero-width characters and BOM dropped; name middle dots (‧ ・ • ·)
/// and dashes unified; lower case; Traditional → Simplified fold. The result is for matching only,
/// never for display. Pure and allocation-light (a few µs per question).
/// </summary>
public static class TextNormalizer
{
    /// <summary>The one middle dot every variant is unified to (as in 塔克·卡尔森).</summary>
    public const char MiddleDot = '\u00B7';

    /// <summary>
    /// True when every character is one NFKC leaves alone whatever stands next to it (ASCII, CJK ideographs, the
    /// CJK punctuation 、。〈〉《》「」『』【】): no decomposition, no composition, combining class 0, so the text is
    /// already NFKC. Most questions are, and the ICU check (a native call that also allocated) is then skipped.
    /// </summary>
    internal static bool IsStableUnderNfkc(string s)
    {
        foreach (var c in s)
        {
            if (c < 0x80 || c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\u3001' and <= '\u3002' or >= '\u3008' and <= '\u3011') continue;
            return false;
        }
        return true;
    }

    /// <summary>Normalizes <paramref name="text"/> for matching.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Full-width forms and the ideographic space first; NFKC would do this too, but doing it first keeps
        // the NFKC pass a no-op for most input.
        var s = WidthFolder.Fold(text);
        if (!IsStableUnderNfkc(s) && !s.IsNormalized(NormalizationForm.FormKC)) s = s.Normalize(NormalizationForm.FormKC);

        // Every character maps to at most one: the result is built in a buffer as long as the input (on the
        // stack for a question), not in a StringBuilder.
        var buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            switch (c)
            {
                // NFKC keeps zero-width characters and the BOM: drop them by hand.
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                // Name middle dots: NFKC leaves ‧ ・ • ∙ ⋅ distinct from ·.
                case '\u2027' or '\u30FB' or '\u2022' or '\u2219' or '\u22C5' or '\u00B7' or '\uFF65':
                    buffer[n++] = MiddleDot;
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63':
                    buffer[n++] = '-';
                    break;
                case '\u2018' or '\u2019' or '\u02BC':
                    buffer[n++] = '\'';
                    break;
                default:
                    buffer[n++] = char.ToLowerInvariant(c);
                    break;
            }
        }
        // Unchanged text (a lower-case note sentence) is returned as it is, as a string of equal content.
        var lowered = buffer[..n].SequenceEqual(s) ? s : new string(buffer[..n]);
        return ChineseFold.Fold(lowered);
    }
}
