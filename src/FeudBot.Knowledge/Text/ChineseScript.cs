namespace FeudBot.Knowledge.Text;

/// <summary>
/// Which script Chinese text is written in, from the one fold table of the project (<see cref="ChineseFold"/>):
/// the question language detector and the LLM answer verifier both judge Traditional vs Simplified here.
/// </summary>
public static class ChineseScript
{
    /// <summary>True for CJK ideographs (the Han script): the URO, extension A, the SIP extensions and compatibility ideographs.</summary>
    public static bool IsHan(int codePoint) =>
        codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2FFFF or >= 0xF900 and <= 0xFAFF;

    /// <summary>Counts the characters of <paramref name="text"/> only Traditional and only Simplified writing uses.</summary>
    public static (int Traditional, int Simplified) CountScriptMarkers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int traditional = 0, simplified = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (ChineseFold.IsTraditionalOnly(rune.Value)) traditional++;
            else if (ChineseFold.IsSimplifiedOnly(rune.Value)) simplified++;
        }
        return (traditional, simplified);
    }
}
