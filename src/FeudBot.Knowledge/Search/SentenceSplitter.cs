namespace FeudBot.Knowledge.Search;

/// <summary>
/// Splits note text into sentences: after 。！？； (keeping closing quotes and brackets with the sentence)
/// and after . ! ? followed by a space, except after common abbreviations (Sept., U.S., e.g.), so that
/// "$97.4 billion" and "Sept. 25" stay whole. Markdown emphasis markers are removed.
/// </summary>
public static class SentenceSplitter
{
    private static readonly string[] Abbreviations =
        ["mr", "mrs", "ms", "dr", "st", "vs", "inc", "corp", "ltd", "co", "jr", "sr", "u.s", "e.g", "i.e", "etc",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no"];

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c is '。' or '！' or '？' or '；' or '\n')
            {
                end = i + 1;
            }
            else if (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsCloser(text[i + 1])))
            {
                if (c != '.' || !EndsWithAbbreviation(text, start, i)) end = i + 1;
            }
            if (end < 0) continue;
            while (end < text.Length && IsCloser(text[end])) end++;
            Add(result, text[start..end]);
            start = end;
            i = end - 1;
        }
        if (start < text.Length) Add(result, text[start..]);
        return result;
    }

    private static bool IsCloser(char c) => c is '」' or '』' or '）' or ')' or '"' or '”' or '\'' or '’' or '】';

    private static bool EndsWithAbbreviation(string text, int start, int dot)
    {
        var wordStart = dot;
        while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(') wordStart--;
        var word = text[wordStart..dot].ToLowerInvariant();
        if (word.Length == 1 && char.IsAsciiLetterUpper(text[wordStart])) return true; // initials: "J. Smith"
        return Abbreviations.Contains(word);
    }

    private static void Add(List<string> result, string sentence)
    {
        sentence = sentence.Trim();
        if (sentence.Length > 0) result.Add(sentence);
    }
}
