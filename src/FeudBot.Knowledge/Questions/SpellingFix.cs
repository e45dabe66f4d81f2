using System.Collections.Frozen;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Corrects a mistyped English question word ("borad", "lawsiut") to the one word the note, the glossary or
/// a concept group has within one edit (a letter added or dropped, or two neighbours swapped; not a letter changed, which makes other words). Only
/// words of five letters or more, with the same first letter and a single candidate: a short or ambiguous
/// word stays uncovered, so a question about something the note never mentions is still declined.
/// </summary>
internal static class SpellingFix
{
    private const int MinLength = 5;

    /// <summary>
    /// The known words that can ever be a correction, grouped by first letter, built once per parser: the
    /// vocabulary has thousands of words and a mistyped one only ever matches those sharing its first letter.
    /// </summary>
    public static FrozenDictionary<char, string[]> Index(IEnumerable<string> known)
    {
        var byFirst = new Dictionary<char, HashSet<string>>();
        foreach (var candidate in known)
        {
            if (candidate.Length < MinLength - 1) continue;
            if (!byFirst.TryGetValue(candidate[0], out var set)) byFirst[candidate[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(candidate);
        }
        return byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The single known word one edit away from <paramref name="word"/>, or null, from an <see cref="Index"/>
    /// (the same answer as <see cref="Correct(string, IEnumerable{string})"/> over the words indexed: it depends on no order).</summary>
    public static string? Correct(string word, FrozenDictionary<char, string[]> index)
    {
        if (word.Length < MinLength || !IsLowerAscii(word) || !index.TryGetValue(word[0], out var candidates)) return null;
        return OnlyOneEditAway(word, candidates);
    }

    /// <summary>
    /// The single name (of a person, company or product) one edit away from a short <paramref name="word"/> (a stem of
    /// three or four letters: "muks" is "muk", "aple" is "apl"), or null: names are few and unlike the question words
    /// around them, so the five-letter floor that keeps ordinary short words from turning into others is not needed.
    /// </summary>
    public static string? CorrectName(string word, FrozenDictionary<char, string[]> names)
    {
        if (word.Length is < MinLength - 2 or >= MinLength || !IsLowerAscii(word) || !names.TryGetValue(word[0], out var candidates)) return null;
        return OnlyOneEditAway(word, candidates);
    }

    /// <summary>The one candidate one edit from <paramref name="word"/>; null when none is, or when two are (ambiguous).</summary>
    private static string? OnlyOneEditAway(string word, string[] candidates)
    {
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - word.Length) > 1 || !OneEdit(word, candidate)) continue;
            if (found is not null && found != candidate) return null;
            found = candidate;
        }
        return found;
    }

    /// <summary>The single known word one edit away from <paramref name="word"/>, or null.</summary>
    public static string? Correct(string word, IEnumerable<string> known)
    {
        if (word.Length < MinLength || !IsLowerAscii(word)) return null;
        string? found = null;
        foreach (var candidate in known)
        {
            if (candidate.Length < MinLength - 1 || candidate[0] != word[0] || Math.Abs(candidate.Length - word.Length) > 1) continue;
            if (!OneEdit(word, candidate)) continue;
            if (found is not null && found != candidate) return null;
            found = candidate;
        }
        return found;
    }

    private static bool IsLowerAscii(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }
        return true;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> differ by exactly one inserted or dropped letter or one swap of neighbours.</summary>
    internal static bool OneEdit(string a, string b)
    {
        if (a == b) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            // A changed letter is not taken: "revenu" (revenue) and "reveng" (revenge) are different words.
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && longer.AsSpan(i + 1).SequenceEqual(shorter.AsSpan(i));
    }
}
