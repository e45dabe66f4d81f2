using System.Globalization;
using System.Text.RegularExpressions;

namespace FeudBot.Llm;

/// <summary>
/// Pulls the checkable facts out of text: numbers (years, days, amounts; full-width digits after NFKC;
/// <c>974億</c>, <c>97.4 billion</c>, <c>$97.4B</c> and <c>97,400,000,000</c> all give the same value)
/// and quoted strings («», 「」, 『』, “”, "").
/// </summary>
internal static partial class FactExtractor
{
    [GeneratedRegex(@"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?!\d)(?:\.(\d+))?(?:\s*(萬億|万亿|億|亿|萬|万|千|trillion|billion|million|thousand|bn|mn|b|m|k)(?![a-z]))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    [GeneratedRegex("«([^»\\n]{1,120})»|「([^」\\n]{1,120})」|『([^』\\n]{1,120})』|“([^”\\n]{1,120})”|\"([^\"\\n]{1,120})\"",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuotePattern();

    /// <summary>One number as written and its value (scaled by its multiplier word, if any).</summary>
    public readonly record struct NumberFact(string Written, decimal Raw, decimal Value);

    public static IEnumerable<NumberFact> Numbers(string text)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            var digits = m.Groups[1].Value.Replace(",", "", StringComparison.Ordinal);
            var fraction = m.Groups[2].Success ? "." + m.Groups[2].Value : "";
            if (!decimal.TryParse(digits + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var raw))
                continue;
            var scale = Multiplier(m.Groups[3].Value);
            yield return new NumberFact(m.Value.Trim(), raw, raw * scale);
        }
    }

    /// <summary>Every value a passage supports: each number as written and scaled.</summary>
    public static void AddSupportedValues(string text, HashSet<decimal> values)
    {
        foreach (var n in Numbers(text))
        {
            values.Add(n.Raw);
            values.Add(n.Value);
        }
    }

    /// <summary>The inner text of each quoted string.</summary>
    public static IEnumerable<string> Quotes(string text)
    {
        foreach (Match m in QuotePattern().Matches(text))
        {
            for (var g = 1; g < m.Groups.Count; g++)
            {
                if (m.Groups[g].Success)
                {
                    yield return m.Groups[g].Value;
                    break;
                }
            }
        }
    }

    /// <summary><paramref name="text"/> with every quoted string removed (for the script check).</summary>
    public static string WithoutQuotes(string text) => QuotePattern().Replace(text, " ");

    private static decimal Multiplier(string word) => word.ToLowerInvariant() switch
    {
        "" => 1m,
        "萬億" or "万亿" or "trillion" => 1_000_000_000_000m,
        "億" or "亿" => 100_000_000m,
        "萬" or "万" => 10_000m,
        "千" or "thousand" or "k" => 1_000m,
        "billion" or "bn" or "b" => 1_000_000_000m,
        "million" or "mn" or "m" => 1_000_000m,
        _ => 1m,
    };
}
