using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// The tokens used to compare reference titles with event text: character bigrams for runs of CJK
/// (Chinese has no spaces), lower-cased words of three letters or more for Latin script, minus common
/// English words and a plural -s.
/// </summary>
internal static class OverlapTokens
{
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "that", "this", "his", "her", "its", "are", "was", "were", "has", "have", "had",
        "now", "not", "but", "into", "over", "after", "about", "their", "they", "them", "than", "then", "who", "what", "how",
        "used", "see", "one", "two", "brief", "history", "inside", "timeline",
    };

    public static HashSet<string> Of(string text)
    {
        var folded = WidthFolder.Fold(text).ToLowerInvariant();
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsCjk(c))
            {
                var start = i;
                while (i < folded.Length && IsCjk(folded[i])) i++;
                for (var k = start; k + 1 < i; k++) tokens.Add(folded.Substring(k, 2));
                if (i - start == 1) tokens.Add(folded.Substring(start, 1));
            }
            else if (char.IsAsciiLetterOrDigit(c))
            {
                var start = i;
                while (i < folded.Length && (char.IsAsciiLetterOrDigit(folded[i]) || folded[i] == '\'')) i++;
                var word = folded[start..i];
                if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
                if (word.Length > 3 && word[^1] == 's' && word[^2] != 's') word = word[..^1];
                if (word.Length >= 3 && !Stopwords.Contains(word)) tokens.Add(word);
            }
            else i++;
        }
        return tokens;
    }

    private static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF' and not '\u30FB';
}
