namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Whether a sentence states a reason or a purpose ("because", "in order to", "to attract", 因為, 為了, 以吸引): a "why"
/// question is best answered by a sentence that says why, not by one that only names the same deed (an accusation
/// that OpenAI turned for-profit says nothing of why it did).
/// </summary>
public static class Reasons
{
    // Conjunctions of cause and purpose, and "to" / 以 before the everyday verbs of aim (attract, avoid, ensure, gain, win);
    // both Chinese scripts, since the index keeps each note's own text.
    private static readonly string[] Markers =
    [
        "because", "in order to", "so that", "so as to", "due to", "to attract", "to avoid", "to ensure", "to gain", "to win", "meant to", "aimed to", "aimed at",
        "因為", "因为", "由於", "由于", "為了", "为了", "以便", "以求", "以期", "以免", "旨在", "目的是", "以吸引", "以避免", "以確保", "以确保", "以獲得", "以获得", "以爭取", "以争取",
    ];

    /// <summary>True when <paramref name="text"/> (a note sentence) holds a cause or purpose marker; English is matched case-insensitively.</summary>
    public static bool Stated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhraseScan.AnyIn(text, Markers);
    }
}
