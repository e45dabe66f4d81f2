namespace FeudBot.Knowledge.Loading;

/// <summary>Short event titles from label remainders or from the first clause of a text.</summary>
internal static class TitleMaker
{
    private const int MaxCjk = 40;
    private const int MaxLatin = 90;
    private static readonly char[] ClauseEnds = ['。', '，', '；', '！', '？', ';', '!', '?', '—', '：', ':'];
    private static readonly string[] Fillers = ["in", "on", "by", "around", "about", "circa", "during", "the", "在", "於", "于", "約", "约", "年", "頃", "ごろ", "に", "は"];

    /// <summary>Trims the separators a label leaves around its date (：, -, –, comma, spaces, brackets).</summary>
    public static string TrimSeparators(string text) =>
        text.Trim(' ', '\t', ':', '：', '-', '–', '—', ',', '，', '、', '.', '。', '(', ')', '（', '）', '*', '_');

    /// <summary>
    /// The first clause of <paramref name="text"/> that says something besides the date at
    /// [<paramref name="dateStart"/>, <paramref name="dateEnd"/>) and filler words, shortened; empty when none.
    /// </summary>
    public static string FirstClause(string text, int dateStart = 0, int dateEnd = 0)
    {
        var pos = 0;
        while (pos < text.Length)
        {
            var end = NextClauseEnd(text, pos);
            var clause = text[pos..end];
            var withoutDate = clause;
            if (dateEnd > pos && dateStart < end)
            {
                var s = Math.Max(dateStart, pos) - pos;
                var e = Math.Min(dateEnd, end) - pos;
                withoutDate = clause[..s] + " " + clause[e..];
            }
            if (!IsFiller(TrimSeparators(withoutDate))) return Shorten(Capitalize(TrimSeparators(DropAsides(clause))));
            pos = end + 1;
        }
        return "";
    }

    public static string Shorten(string text)
    {
        var latin = text.Count(char.IsAsciiLetter) * 2 > text.Length;
        var max = latin ? MaxLatin : MaxCjk;
        if (text.Length <= max) return text;
        var cut = latin ? text.LastIndexOf(' ', max) : max;
        return text[..(cut > max / 2 ? cut : max)].TrimEnd(' ', ',', '，') + "…";
    }

    /// <summary>Upper-cases the first letter of an English sentence start, but not of a brand like xAI or iPhone.</summary>
    public static string Capitalize(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetterLower(text[0])) return text;
        var word = text.Split(' ')[0];
        return word.Any(char.IsUpper) || !word.All(c => char.IsAsciiLetter(c) || c is '\'' or '’') ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>Removes bracketed asides （例如…） / (e.g. …) from a title.</summary>
    public static string DropAsides(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '（') depth++;
            else if (c is ')' or '）') depth = Math.Max(0, depth - 1);
            else if (depth == 0) sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    private static int NextClauseEnd(string text, int pos)
    {
        for (var i = pos; i < text.Length; i++)
        {
            var c = text[i];
            if (Array.IndexOf(ClauseEnds, c) >= 0) return i;
            if (c is ',' or '.' && (i + 1 >= text.Length || text[i + 1] == ' ') && !(c == '.' && i > 0 && char.IsUpper(text[i - 1]))) return i;
        }
        return text.Length;
    }

    private static bool IsFiller(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return true;
        foreach (var word in t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (!Fillers.Contains(word, StringComparer.OrdinalIgnoreCase)) return false;
        return true;
    }
}
