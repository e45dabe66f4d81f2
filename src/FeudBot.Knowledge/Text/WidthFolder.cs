namespace FeudBot.Knowledge.Text;

/// <summary>
/// Folds full-width ASCII (２０２５年２月：) and the ideographic space to half-width, keeping every index
/// in place, so a match found in the folded copy points at the same characters of the original text.
/// The one width fold of the project: the note loader and <see cref="TextNormalizer"/> both use it.
/// </summary>
public static class WidthFolder
{
    /// <summary><paramref name="text"/> with U+FF01..U+FF5E mapped to U+0021..U+007E and U+3000 to a space; same length.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        while (i < text.Length && !IsWide(text[i])) i++;
        if (i == text.Length) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                span[k] = c == '\u3000' ? ' ' : IsWide(c) ? (char)(c - 0xFEE0) : c;
            }
        });
    }

    // U+FF01..U+FF5E are the full-width forms of U+0021..U+007E (Unicode "Halfwidth and Fullwidth Forms").
    private static bool IsWide(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';
}
