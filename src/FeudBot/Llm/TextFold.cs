using System.Globalization;
using System.Text;
using FeudBot.Knowledge.Text;

namespace FeudBot.Llm;

/// <summary>
/// The comparison form used to check quotes against passages: the answer engine's matching form
/// (<see cref="TextNormalizer"/>: width, NFKC, zero-width characters, dots and dashes unified, lower case,
/// Traditional → Simplified) without whitespace, middle dots or quote marks, so 「小指頭」 in a passage
/// matches “小指头” or 「小指 頭」 in an answer.
/// </summary>
public static class TextFold
{
    /// <summary>The default fold; <see cref="AnswerVerifier"/> accepts another.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || IsIgnorable(c))
                continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // TextNormalizer has already unified every name dot to · and ‘ ’ to '.
    private static bool IsIgnorable(char c) =>
        c is TextNormalizer.MiddleDot or '"' or '\'' or '“' or '”' or '「' or '」' or '『' or '』' or '«' or '»'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
