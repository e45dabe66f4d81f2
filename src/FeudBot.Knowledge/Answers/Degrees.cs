namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Whether a sentence states a degree or frequency in words rather than digits ("talk very little", "repeatedly",
/// 極少交談, 多次): what answers a "how much" asked of a deed rather than of money ("How much do Musk and Altman
/// talk?"), where <see cref="Figures"/> finds no amount.
/// </summary>
public static class Degrees
{
    private static readonly string[] Words =
    [
        "very little", "almost no", "hardly", "barely", "rarely", "seldom", "repeatedly", "frequently", "often",
        "極少", "极少", "幾無", "几无", "很少", "甚少", "鮮少", "鲜少", "多次", "屢次", "屡次", "頻繁", "频繁", "經常", "经常", "常常",
    ];

    public static bool Stated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PhraseScan.AnyIn(text, Words);
    }
}
