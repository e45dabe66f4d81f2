using System.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Amounts the way people type them ("97.4b", "$97bn", "5m", "10k") spelled the way notes write them ("97.4 billion"),
/// so the number and its scale are both words the note has, instead of one token no note contains.
/// </summary>
public static class AmountSuffixes
{
    private static readonly (string Suffix, string Word)[] Scales =
        [("bn", " billion"), ("b", " billion"), ("mn", " million"), ("m", " million"), ("k", " thousand")];

    /// <summary><paramref name="text"/> (normalized, lower-case) with each digit-suffix amount spelled out; the same string when it has none.</summary>
    public static string Rewrite(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i - 1]) || !char.IsAsciiLetterLower(text[i])) continue;
            // The number must stand alone ("97.4b"), not end a word of letters and digits ("gpt4o", "a16z").
            var start = i - 1;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or ',')) start--;
            if (start > 0 && char.IsAsciiLetter(text[start - 1])) continue;
            foreach (var (suffix, word) in Scales)
            {
                var end = i + suffix.Length;
                if (!text.AsSpan(i).StartsWith(suffix, StringComparison.Ordinal) || end < text.Length && char.IsAsciiLetterOrDigit(text[end])) continue;
                result ??= new StringBuilder(text.Length + 16);
                result.Append(text, copied, i - copied).Append(word);
                copied = end;
                i = end;
                break;
            }
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }
}
