namespace FeudBot.Knowledge.Text;

/// <summary>
/// Cuts text into sentences, CJK-aware: after 。！？｡ always; after . ! ? only before a space, the end or a
/// closing quote/bracket, and not after an abbreviation (Sept., U.S., e.g., an initial "J.", "p.m. on"), so
/// "$97.4 billion", "Sept. 25" and "x.ai" stay whole. Closing quotes and brackets after the end belong to
/// the sentence. <see cref="SentenceSplitOptions"/> adds what a caller needs (line breaks, ；, citation markers).
/// </summary>
public static class SentenceSplitter
{
    private const string Closers = "」』”’\"')）»】]";

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "e.g", "i.e", "u.s", "u.k", "inc", "corp", "ltd", "co", "no", "approx", "c", "jr", "sr", "etc",
    };

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> Split(string text, SentenceSplitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= SentenceSplitOptions.Default;
        if (options.StripEmphasis)
            text = text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        var sentences = new List<string>();
        foreach (var (start, end) in Ranges(text, options))
        {
            var piece = text[start..end];
            var words = options.CitationMarkers ? WithoutMarkers(piece) : piece;
            if (options.CitationMarkers && !words.Any(char.IsLetterOrDigit))
            {
                // "— [2]" or a lone marker: attach to the sentence it follows; drop stray punctuation.
                var hasMarker = words != piece;
                if (hasMarker && sentences.Count > 0)
                    sentences[^1] += " " + piece;
                continue;
            }
            sentences.Add(piece);
        }
        return sentences;
    }

    /// <summary>The [start, end) ranges of the sentences of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    /// <exception cref="ArgumentException">When <paramref name="options"/> asks for <see cref="SentenceSplitOptions.StripEmphasis"/>.</exception>
    public static IReadOnlyList<(int Start, int End)> SplitRanges(string text, SentenceSplitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= SentenceSplitOptions.Default;
        if (options.StripEmphasis)
            throw new ArgumentException("StripEmphasis changes indices; use Split for it.", nameof(options));
        return Ranges(text, options);
    }

    private static List<(int Start, int End)> Ranges(string text, SentenceSplitOptions options)
    {
        var result = new List<(int, int)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (options.BreakAtLineEnds && text[i] is '\n' or '\r')
            {
                Add(text, start, i, result);
                start = ++i;
                continue;
            }
            if (IsEnd(text, i, options))
            {
                var j = i + 1;
                while (j < text.Length && Closers.Contains(text[j], StringComparison.Ordinal)) j++;
                if (options.CitationMarkers) j = SkipMarkers(text, j);
                Add(text, start, j, result);
                start = i = j;
                continue;
            }
            i++;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsEnd(string text, int i, SentenceSplitOptions options)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '｡') return true;
        if (c == '；') return options.BreakAtSemicolons;
        if (c is not ('.' or '!' or '?')) return false;
        if (i + 1 >= text.Length) return true;
        var next = text[i + 1];
        var marker = options.CitationMarkers && next == '[';
        var boundary = char.IsWhiteSpace(next) || Closers.Contains(next, StringComparison.Ordinal) || marker
            || options.BreakBeforeHan && ChineseScript.IsHan(next);
        if (!boundary || c != '.') return boundary;
        if (options.CitationMarkers && MarkerFollows(text, i + 1)) return true;
        return !IsAbbreviation(text, i);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.')) k--;
        var word = text[k..dot];
        if (word.Length == 1 && char.IsUpper(word[0]) || Abbreviations.Contains(word)) return true; // "J. Smith", "Sept. 25"
        // One letter after a non-letter and a lower-case word next: "U.S. firm", "p.m. on".
        if (dot < 1 || !char.IsAsciiLetter(text[dot - 1]) || dot >= 2 && char.IsLetter(text[dot - 2])) return false;
        var n = dot + 1;
        while (n < text.Length && text[n] == ' ') n++;
        return n < text.Length && char.IsLower(text[n]);
    }

    private static bool MarkerFollows(string text, int j)
    {
        while (j < text.Length && text[j] is ' ' or '\t') j++;
        return MarkerAt(text, j) > 0;
    }

    private static int SkipMarkers(string text, int j)
    {
        while (true)
        {
            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t') k++;
            var length = MarkerAt(text, k);
            if (length == 0) return j;
            j = k + length;
        }
    }

    // A citation marker [n], n one to three digits (the form the summary prompt asks for).
    private static int MarkerAt(string text, int index)
    {
        if (index >= text.Length || text[index] != '[') return 0;
        var k = index + 1;
        while (k < text.Length && k - index <= 3 && char.IsDigit(text[k])) k++;
        var digits = k - index - 1;
        return digits is >= 1 and <= 3 && k < text.Length && text[k] == ']' ? digits + 2 : 0;
    }

    private static string WithoutMarkers(string piece)
    {
        var sb = new System.Text.StringBuilder(piece.Length);
        for (var i = 0; i < piece.Length;)
        {
            var length = MarkerAt(piece, i);
            if (length > 0) { sb.Append(' '); i += length; }
            else sb.Append(piece[i++]);
        }
        return sb.ToString();
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add((start, end));
    }
}
