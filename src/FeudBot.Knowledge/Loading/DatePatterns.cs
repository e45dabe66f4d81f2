using System.Globalization;
using System.Text.RegularExpressions;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// The date shapes notes use, in every language: 2023年 / 2023年2月 / 2018年左右 / 約2018年 / 2023年頃,
/// 2月 (year from context), 2025-02-14, February 2025 / Sept. 2025 / 14 Feb 2025, around 2018.
/// Callers fold full-width characters first (<see cref="WidthFolder"/>).
/// </summary>
internal static partial class DatePatterns
{
    private const string Pre = @"(?:(?<pre>約|约|大約|大约|大概|around|about|circa|approximately|roughly|c\.|~)\s*)?";
    private const string Post = @"(?<post>\s*(?:左右|前後|前后|上下|頃|ごろ|ころ|or so))?";
    private const string Cjk = Pre + @"(?<y>\d{4})\s*年(?:\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*[日號号])?)?" + Post;
    private const string CjkMonth = Pre + @"(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*[日號号])?" + Post;
    private const string Iso = @"(?<y>\d{4})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?(?![\d.])";
    private const string English = Pre + @"(?:(?:in|on|by|during|early|late|mid)[\s-]+)?(?:(?<d1>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<mon>"
        + MonthNames.Pattern + @")\b\.?(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b,?)?(?:\s*(?<y>\d{4}))?(?!\d)" + Post;
    private const string Year = Pre + @"(?:(?:in|by|during)\s+)?(?<y>\d{4})(?![\d年])" + Post;

    [GeneratedRegex(@"^\s*(?:" + Iso + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelIso();

    [GeneratedRegex(@"^\s*(?:" + Cjk + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelCjk();

    [GeneratedRegex(@"^\s*(?:" + English + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelEnglish();

    [GeneratedRegex(@"^\s*(?:" + CjkMonth + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelCjkMonth();

    [GeneratedRegex(@"^\s*(?:" + Year + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelYear();

    [GeneratedRegex(@"\d{4}|\d{1,2}\s*月|\b(?:" + MonthNames.Pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    // In prose an English year needs a cue (in / around / a month name) so "$97.4 billion" or a count is not a date.
    [GeneratedRegex(Cjk + "|" + @"(?<![\w$£€.,])(?:" + Iso + ")|" + @"(?<![\w$£€.,])(?:" + English + @")|(?<![\w$£€.,])(?:(?<pre>around|about|circa|approximately|roughly|c\.|~)\s+|(?:in|by|during|early|late|mid)[\s-]+)(?<y>(?:19|20)\d{2})(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Prose();

    /// <summary>A date at the very start of a label, or null. <paramref name="invalid"/> is set when one was found but is impossible (13月).</summary>
    public static DateHit? MatchLabel(string folded, out bool invalid)
    {
        invalid = false;
        foreach (var regex in (ReadOnlySpan<Regex>)[LabelIso(), LabelCjk(), LabelEnglish(), LabelCjkMonth(), LabelYear()])
        {
            var m = regex.Match(folded);
            if (!m.Success) continue;
            var hit = ToHit(m);
            if (hit is null) { invalid = true; return null; }
            if (hit.Value.Year is null && hit.Value.Month is null) continue;
            return hit;
        }
        return null;
    }

    /// <summary>True when a label has date-like bits (a 4-digit number, N月, a month name) even if it did not parse.</summary>
    public static bool LooksLikeDate(string folded) => DateLike().IsMatch(folded);

    /// <summary>Every valid date with a year inside prose, in order.</summary>
    public static IEnumerable<DateHit> MatchProse(string folded)
    {
        // Every prose date has a 4-digit year: most sentences have none, and this check is far cheaper than the scan.
        if (!HasFourDigits(folded)) yield break;
        foreach (Match m in Prose().Matches(folded))
        {
            var hit = ToHit(m);
            if (hit is { Year: not null }) yield return hit.Value;
        }
    }

    private static bool HasFourDigits(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static DateHit? ToHit(Match m)
    {
        int? year = Number(m.Groups["y"]);
        int? month = Number(m.Groups["m"]) ?? (m.Groups["mon"].Success ? MonthNames.Parse(m.Groups["mon"].Value) : null);
        int? day = Number(m.Groups["d"]) ?? Number(m.Groups["d1"]);
        if (year is < 1900 or > 2100) return null;
        if (month is < 1 or > 12) return null;
        if (day is not null && (month is null || day < 1 || day > (year is null ? 31 : DateTime.DaysInMonth(year.Value, month.Value)))) return null;
        var approx = m.Groups["pre"].Success || (m.Groups["post"].Success && m.Groups["post"].Length > 0);
        // Leading whitespace of an anchored match is not part of the date.
        var start = m.Index;
        while (start < m.Index + m.Length && char.IsWhiteSpace(m.Value[start - m.Index])) start++;
        var end = m.Index + m.Length;
        while (end > start && char.IsWhiteSpace(m.Value[end - 1 - m.Index])) end--;
        return new DateHit(start, end - start, year, month, day, approx);
    }

    private static int? Number(Group g) =>
        g.Success && int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
