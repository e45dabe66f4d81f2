using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// The terms <see cref="Analyzers.English"/> makes of question text, without running Lucene's token stream on
/// every question: plain lower-case ASCII text is split into words here, and each word's term (possessive
/// dropped, stop word removed, Porter stem) is Lucene's own answer for that word, remembered. Anything else,
/// or a word Lucene would not keep whole, goes through <see cref="Analyzers.Terms"/> as before.
/// </summary>
/// <remarks>
/// Why this gives Lucene's terms: the English chain after StandardTokenizer (possessive, lower case, stop words,
/// Porter) works on one token at a time, so a word's term never depends on its neighbours. The split follows
/// the UAX #29 word breaks StandardTokenizer implements, for the only characters taken here: letters and digits
/// run together (gpt4, 2025s), an apostrophe between letters joins them (musk's, don't), and space and plain
/// punctuation break. A full stop, comma, colon, semicolon or apostrophe between two letters or digits in any
/// other way (u.s., 97.4, 1,000) may join words, so such text is left to Lucene.
/// </remarks>
internal static class FastTerms
{
    // StandardTokenizer's default maximum token length: longer runs are cut by Lucene, so left to it.
    private const int MaxWord = 255;
    private const int MaxRemembered = 16_384;
    private static readonly ConcurrentDictionary<string, string?> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly ConcurrentDictionary<string, List<string>> LatinRuns = new(StringComparer.Ordinal);

    /// <summary>The same list as <c>Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, text)</c>.</summary>
    // Hot on every English question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<string> English(string text)
    {
        var terms = new List<string>(4 + text.Length / 6);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                if (start < 0) start = i;
                continue;
            }
            if (c == '\'' && start >= 0 && char.IsAsciiLetterLower(text[i - 1]) && i + 1 < text.Length && char.IsAsciiLetterLower(text[i + 1])) continue;
            if (!Breaks(c) || c is '.' or ',' or ':' or ';' or '\'' && i > 0 && IsAlnum(text[i - 1]) && i + 1 < text.Length && IsAlnum(text[i + 1]))
                return Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, text);
            if (start < 0) continue;
            if (i - start > MaxWord || !TryWord(text.AsSpan(start, i - start), out var term)) return Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, text);
            if (term is not null) terms.Add(term);
            start = -1;
        }
        return terms;
    }

    /// <summary>
    /// The same list as <c>Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, run)</c> for a run of
    /// non-Chinese text in a Chinese question (openai, xai: few and recurring), remembered; callers must not change it.
    /// </summary>
    public static IReadOnlyList<string> ChineseFieldLatin(string run)
    {
        if (LatinRuns.TryGetValue(run, out var terms)) return terms;
        terms = Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, run);
        if (LatinRuns.Count < MaxRemembered) LatinRuns.TryAdd(run, terms);
        return terms;
    }

    // One word's term, null for a stop word; false when Lucene would not keep the word as one token.
    private static bool TryWord(ReadOnlySpan<char> word, out string? term)
    {
        if (WordsBySpan.TryGetValue(word, out term)) return true;
        var key = word.ToString();
        var terms = Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, key);
        if (terms.Count > 1) return false;
        term = terms.Count == 1 ? terms[0] : null;
        if (Words.Count < MaxRemembered) Words.TryAdd(key, term);
        return true;
    }

    private static bool IsAlnum(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);

    // Characters that only ever break words (UAX #29 "Other"), and the mid-word ones checked by the caller.
    private static bool Breaks(char c) => c is ' ' or '\t' or '\n' or '?' or '!' or '"' or '(' or ')' or '-' or '/' or '$' or '%' or '&'
        or '.' or ',' or ':' or ';' or '\'';
}
