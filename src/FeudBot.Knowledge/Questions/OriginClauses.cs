using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// English time phrases that only say "at the beginning" ("when it started", "at the outset"): the question's origin
/// marker (<see cref="QuestionMarkers.AsksOrigin"/>, read from the whole question) already asks for the story's first
/// event, and their verb must not also be searched as a topic ("who ran OpenAI when it started" asks who was chief
/// executive, not which sentence says "started out").
/// </summary>
internal static class OriginClauses
{
    // Longest first: "when it first started" before "when it started" would leave "first".
    private static readonly string[] Phrases =
    [
        "when it all started", "when it all began", "when it first started", "when it first began", "when they first started",
        "when it was started", "when it started", "when it began", "when they started", "when they began",
        "at the very start", "at the very beginning", "at the start", "at the beginning", "in the beginning", "at the outset",
    ];

    /// <summary><paramref name="text"/> (normalized English) without its origin phrases, when something else is asked;
    /// the same string otherwise ("what happened when it all started" keeps them: they are all it asks about).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most questions have none of these words: two searches, no allocation.
        if (!text.Contains(" start", StringComparison.Ordinal) && !text.Contains(" beg", StringComparison.Ordinal) && !text.Contains("outset", StringComparison.Ordinal)) return text;
        var result = text;
        foreach (var phrase in Phrases)
        {
            var at = result.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            if (!WholeWords.At(result, at, phrase.Length)) continue;
            result = string.Concat(result.AsSpan(0, at), " ", result.AsSpan(at + phrase.Length));
        }
        if (ReferenceEquals(result, text)) return text;
        foreach (var word in FastTerms.English(result))
        {
            if (!QuestionWords.English.ContainsKey(word)) return result;
        }
        return text;
    }
}
