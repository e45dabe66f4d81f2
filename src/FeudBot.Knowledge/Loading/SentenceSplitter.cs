namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Cuts prose into sentences: after 。！？ in Chinese and Japanese, after . ! ? followed by a space in
/// English, except after abbreviations such as "Sept." or "U.S.".
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "u.s", "u.k", "inc", "corp", "co", "no", "approx", "c", "jr", "sr", "etc",
    };

    /// <summary>The [start, end) ranges of the sentences of <paramref name="text"/>, trimmed.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var cut = -1;
            if (c is '。' or '！' or '？' or '!' or '?' or '.')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '」' or '』' or '”' or '"' or '’' or '\'' or ')' or '）') j++;
                var cjk = c is '。' or '！' or '？';
                if (cjk) cut = j;
                else if (j >= text.Length) cut = j;
                else if (char.IsWhiteSpace(text[j]) && (c != '.' || !IsAbbreviation(text, i))) cut = j;
            }
            if (cut < 0) continue;
            Add(text, start, cut, result);
            start = cut;
            i = cut - 1;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.')) k--;
        var word = text[k..dot];
        return word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end));
    }
}
