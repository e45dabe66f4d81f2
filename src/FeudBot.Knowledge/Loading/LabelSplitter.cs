using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Splits a list item's text into its label and body: a bold prefix (<c>**2月**：...</c>), else the text
/// before the first colon (full-width or not) when short, else a date the text starts with.
/// </summary>
internal static class LabelSplitter
{
    private const int MaxPlainLabel = 40;

    public static (string? Label, string Body) Split(string text, int strongLength)
    {
        if (strongLength > 0 && strongLength <= text.Length)
            return (text[..strongLength], TrimStart(text[strongLength..]));
        // Markdig leaves "**" literal when CommonMark's flanking rules refuse the emphasis (e.g. "**2月**開始").
        if (text.StartsWith("**", StringComparison.Ordinal) && text.IndexOf("**", 2, StringComparison.Ordinal) is > 2 and var close)
            return (text[2..close], TrimStart(text[(close + 2)..]));
        var folded = WidthFolder.Fold(text);
        var colon = folded.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon <= MaxPlainLabel && !folded[..colon].Contains("http", StringComparison.OrdinalIgnoreCase))
            return (text[..colon], TrimStart(text[(colon + 1)..]));
        if (DatePatterns.MatchLabel(folded, out _) is { } hit)
            return (text[..hit.End], TrimStart(text[hit.End..]));
        return (null, text);
    }

    private static string TrimStart(string text) => text.TrimStart(' ', '\t', ':', '：', '-', '–', '—', ',', '，', '、', '.');
}
