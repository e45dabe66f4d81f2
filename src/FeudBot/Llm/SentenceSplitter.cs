using FeudBot.Knowledge.Text;

namespace FeudBot.Llm;

/// <summary>
/// Splits model text into sentences, CJK-aware: 。！？ always end a sentence; . ! ? only before a space,
/// a line end, a closing quote/bracket or a marker (so 97.4, U.S. and x.ai stay whole); line breaks
/// always end one. Closing quotes and <c>[n]</c> markers right after the end belong to the sentence they
/// follow (<c>他說「…。」[1]</c>, <c>It was. [2]</c>). A piece holding only markers joins the previous sentence.
/// </summary>
internal static class SentenceSplitter
{
    private const string Closers = "」』”’\"')）»】]";

    public static List<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text[start..i]);
                start = ++i;
                continue;
            }
            if (IsTerminator(text, i))
            {
                var j = i + 1;
                while (j < text.Length && text[j] != '[' && Closers.Contains(text[j], StringComparison.Ordinal))
                    j++;
                j = SkipMarkers(text, j);
                Add(sentences, text[start..j]);
                start = i = j;
                continue;
            }
            i++;
        }
        Add(sentences, text[start..]);
        return sentences;
    }

    private static bool IsTerminator(string text, int i)
    {
        var c = text[i];
        if (c is '。' or '！' or '？' or '｡')
            return true;
        if (c is not ('.' or '!' or '?'))
            return false;
        if (i + 1 >= text.Length)
            return true;
        var next = text[i + 1];
        if (c == '.' && IsInitialism(text, i))
            return false;
        return char.IsWhiteSpace(next) || next == '[' || Closers.Contains(next, StringComparison.Ordinal) || ChineseScript.IsHan(next);
    }

    // "U.S. firm", "e.g. the": a one-letter word before the stop and a lower-case word after it.
    private static bool IsInitialism(string text, int i)
    {
        if (i < 1 || !char.IsAsciiLetter(text[i - 1]) || (i >= 2 && char.IsLetter(text[i - 2])))
            return false;
        var k = i + 1;
        while (k < text.Length && text[k] == ' ')
            k++;
        return k < text.Length && char.IsLower(text[k]);
    }

    private static int SkipMarkers(string text, int j)
    {
        while (true)
        {
            var k = j;
            while (k < text.Length && text[k] is ' ' or '\t')
                k++;
            var match = CitationMarkers.MatchAt(text, k);
            if (match == 0)
                return j;
            j = k + match;
        }
    }

    private static void Add(List<string> sentences, string piece)
    {
        var trimmed = piece.Trim();
        if (trimmed.Length == 0)
            return;
        if (!CitationMarkers.Remove(trimmed).Any(char.IsLetterOrDigit))
        {
            // "— [2]" or a lone marker: attach to the sentence it follows; drop stray punctuation.
            if (CitationMarkers.Numbers(trimmed).Count > 0 && sentences.Count > 0)
                sentences[^1] += " " + trimmed;
            return;
        }
        sentences.Add(trimmed);
    }
}
