namespace FeudBot.Knowledge.Answers;

/// <summary>Whether a note sentence holds any of a list of words or phrases (English matched case-insensitively).</summary>
internal static class PhraseScan
{
    public static bool AnyIn(string text, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
