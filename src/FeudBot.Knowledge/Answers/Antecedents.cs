using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// The note's "he" / 他 at the start of a sentence, read as the person it refers to, for matching only: in
/// 馬斯克認為…。他後來聲稱自己實質上是被排擠出局 the one pushed out is Musk, and a question relating Musk to being pushed
/// out ("Was Musk forced out of OpenAI?", 馬斯克是被踢出OpenAI的嗎) must find him beside the deed. The referent is the
/// person the nearest earlier sentence of the same event and language names first; a sentence with no such
/// sentence before it, or a plural pronoun (他們, They), is left as it is; 自己 ("oneself") is the person the sentence
/// names last before it. The text shown is never changed.
/// </summary>
internal static partial class Antecedents
{
    /// <summary>
    /// <paramref name="canonical"/> (each sentence's canonical text, by id) with each sentence-opening singular
    /// pronoun replaced by its referent's canonical name; the same array, changed in place.
    /// </summary>
    public static string[] Resolve(string[] canonical, IReadOnlyList<IndexedSentence> sentences, AliasTable aliases, IReadOnlySet<string> people)
    {
        IndexedSentence? previous = null;
        foreach (var s in sentences.OrderBy(s => s.EventKey, StringComparer.Ordinal).ThenBy(s => s.Language, StringComparer.Ordinal).ThenBy(s => s.Order))
        {
            var sameRun = previous is not null && previous.EventKey == s.EventKey && previous.Language == s.Language;
            var chinese = s.Language != "en";
            if (sameRun && PronounAt(canonical[s.Id], chinese) is var (at, length) && length > 0
                && FirstPerson(canonical[previous!.Id], chinese, aliases, people) is { } name)
            {
                canonical[s.Id] = string.Concat(canonical[s.Id].AsSpan(0, at), name, canonical[s.Id].AsSpan(at + length));
            }
            if (chinese) canonical[s.Id] = WithReflexives(canonical[s.Id], aliases, people);
            previous = s;
        }
        return canonical;
    }

    /// <summary>
    /// 自己 as the person named last before it in the sentence: 馬斯克後來聲稱自己實質上是被排擠出局 is Musk pushed out.
    /// </summary>
    private static string WithReflexives(string text, AliasTable aliases, IReadOnlySet<string> people)
    {
        for (var at = text.IndexOf("自己", StringComparison.Ordinal); at >= 0; at = text.IndexOf("自己", at + 1, StringComparison.Ordinal))
        {
            if (LastPersonBefore(text, at, aliases, people) is not { } name) continue;
            text = string.Concat(text.AsSpan(0, at), name, text.AsSpan(at + 2));
        }
        return text;
    }

    private static string? LastPersonBefore(string text, int end, AliasTable aliases, IReadOnlySet<string> people)
    {
        string? last = null;
        var lastAt = -1;
        foreach (var id in people)
        {
            if (aliases.CanonicalOf(id, chinese: true) is not { Length: > 0 } name) continue;
            var at = text.LastIndexOf(name, end, StringComparison.Ordinal);
            if (at > lastAt && at + name.Length <= end) (last, lastAt) = (name, at);
        }
        return last;
    }

    /// <summary>Where the sentence's opening singular pronoun is (after a leading date, as in "2018年，他…"), or length 0.</summary>
    private static (int At, int Length) PronounAt(string text, bool chinese)
    {
        var m = chinese ? ChineseOpening().Match(text) : EnglishOpening().Match(text);
        return m.Success ? (m.Groups["p"].Index, m.Groups["p"].Length) : (0, 0);
    }

    /// <summary>The canonical name of the person <paramref name="text"/> names first, or null.</summary>
    private static string? FirstPerson(string text, bool chinese, AliasTable aliases, IReadOnlySet<string> people)
    {
        string? first = null;
        var firstAt = int.MaxValue;
        foreach (var id in people)
        {
            if (aliases.CanonicalOf(id, chinese) is not { Length: > 0 } name) continue;
            var at = text.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && at < firstAt) (first, firstAt) = (name, at);
        }
        return first;
    }

    // Lower case: canonical texts are normalized. "he" / "she", not "his", "they".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:in|by|around)\s+[\w ]+,\s*)?(?<p>he|she)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EnglishOpening();

    // Folded (Simplified) text: 他 / 她 not followed by 们.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{4}年(?:\d{1,2}月)?(?:左右)?[，,、]?)?(?<p>他|她)(?!们)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChineseOpening();
}
