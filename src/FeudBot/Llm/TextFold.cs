using System.Globalization;
using System.Text;
using FeudBot.Knowledge.Text;

namespace FeudBot.Llm;

/// <summary>
/// The comparison form used to check quotes against passages: NFKC (full-width → ASCII), lower case,
/// Traditional folded to Simplified by the project's OpenCC table (<see cref="ChineseFold"/>), and no
/// whitespace, zero-width characters, middle dots or quote marks, so 「小指頭」 in a passage matches “小指头” or 「小指 頭」 in an answer.
/// </summary>
public static class TextFold
{
    /// <summary>The default fold; <see cref="AnswerVerifier"/> accepts another.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder(nfkc.Length);
        foreach (var c in nfkc)
        {
            if (char.IsWhiteSpace(c) || IsIgnorable(c))
                continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return ChineseFold.Fold(sb.ToString());
    }

    private static bool IsIgnorable(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' // zero-width
            or '·' or '・' or '･' or '‧' or '•' or '\u2027' // middle dots in transliterated names (伊隆・馬斯克)
            or '"' or '\'' or '“' or '”' or '‘' or '’' or '「' or '」' or '『' or '』' or '«' or '»'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
