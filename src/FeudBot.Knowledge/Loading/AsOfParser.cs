using System.Text.RegularExpressions;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Finds the date a note says it describes the present at: 時至今日（2025年10月）, 現在（2025年10月）,
/// 2025年10月現在, today (October 2025), as of October 2025.
/// </summary>
internal static partial class AsOfParser
{
    [GeneratedRegex(@"(?:時至今日|时至今日|截至目前|截至|至今|今日|現在|现在|目前|如今|現時|现时|\btoday|\bcurrently|\bnow|\bas\s+of|\bas\s+at)\s*[（(,，]?\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?:現在|时点|時点|時點)", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    /// <summary>The as-of date in <paramref name="folded"/> (width-folded text), with year and month at least.</summary>
    public static DateHit? Find(string folded)
    {
        foreach (Match k in Keyword().Matches(folded))
        {
            var rest = folded[(k.Index + k.Length)..];
            var hit = DatePatterns.MatchLabel(rest, out _);
            if (hit is { Year: not null, Month: not null } h)
            {
                return h with { Index = k.Index, Length = k.Length + h.End };
            }
        }
        var s = Suffix().Match(folded);
        if (s.Success)
        {
            var month = int.Parse(s.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var year = int.Parse(s.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && year is >= 1900 and <= 2100) return new DateHit(s.Index, s.Length, year, month, null, false);
        }
        return null;
    }
}
