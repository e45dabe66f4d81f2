using System.Globalization;
using System.Text.RegularExpressions;

namespace FeudBot.Llm;

/// <summary>The <c>[n]</c> citation markers the model is asked to put after each sentence.</summary>
internal static partial class CitationMarkers
{
    [GeneratedRegex(@"\[(\d{1,3})\]", RegexOptions.CultureInvariant)]
    public static partial Regex Marker();

    /// <summary>The numbers cited in <paramref name="text"/>, in order of appearance.</summary>
    public static List<int> Numbers(string text)
    {
        var numbers = new List<int>();
        foreach (Match m in Marker().Matches(text))
            numbers.Add(int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture));
        return numbers;
    }

    /// <summary><paramref name="text"/> without its markers.</summary>
    public static string Remove(string text) => Marker().Replace(text, " ");

    /// <summary>The length of a marker starting exactly at <paramref name="index"/>, or 0.</summary>
    public static int MatchAt(string text, int index)
    {
        if (index >= text.Length || text[index] != '[')
            return 0;
        var m = Marker().Match(text, index);
        return m.Success && m.Index == index ? m.Length : 0;
    }
}
