using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FeudBot.Knowledge.Loading;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Finds the dates a normalized question names: 2025年2月, 2015年, 2月, Feb 2025, February 12, 2025,
/// "in 2023", 2025-02. Relative words (去年, last year, recently) are recognized only to flag the date as
/// unknown: they are never guessed. Returns the question with date words blanked out.
/// </summary>
public static partial class QuestionDates
{
    /// <summary>The dates in <paramref name="normalized"/> text, whether it uses a relative date, and the text without them.</summary>
    public static DateScan Find(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        normalized = ChineseMonths.ToDigits(normalized);
        var dates = new List<DateMention>();
        // Most questions name no date: skip the number patterns unless there is a digit, the month names
        // unless there are Latin letters.
        // (SearchValues, not IndexOfAnyInRange: the generic range search boxed its bounds on every call here.)
        var digits = normalized.AsSpan().ContainsAny(Digits);
        var latin = normalized.AsSpan().ContainsAny(LowerLatin);
        // Every ChineseDate match has a digit and 年 or 月, every IsoDate match a digit and - / or .: without them the scan is skipped.
        var rest = !digits || normalized.AsSpan().IndexOfAny('年', '月') < 0 ? normalized : ChineseDate().Replace(normalized, m =>
        {
            dates.Add(new DateMention(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])));
            return " ";
        });
        rest = !digits || rest.AsSpan().IndexOfAny('-', '/', '.') < 0 ? rest : IsoDate().Replace(rest, m =>
        {
            dates.Add(new DateMention(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"])));
            return " ";
        });
        rest = !latin || !MonthStarts.MayMatch(rest) ? rest : EnglishDate().Replace(rest, m =>
        {
            var month = MonthNames.Parse(m.Groups["mon"].Value);
            var year = Int(m.Groups["y"]) ?? Int(m.Groups["y2"]);
            dates.Add(new DateMention(year, month, Int(m.Groups["d"])));
            return " ";
        });
        rest = !digits ? rest : Year().Replace(rest, m =>
        {
            dates.Add(new DateMention(Int(m.Groups["y"])));
            return " ";
        });
        var relative = false;
        if (RelativeWords.MayMatch(rest))
        {
            rest = Relative().Replace(rest, _ =>
            {
                relative = true;
                return " ";
            });
        }
        return new DateScan(dates, relative, rest);
    }

    // Speed: every match of EnglishDate holds a month's first three letters, and every match of Relative one of
    // these words (上个月 holds 个月, "three years ago" holds year): a question without them skips that scan.
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> LowerLatin = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static readonly LiteralPrefilter MonthStarts = new("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static readonly LiteralPrefilter RelativeWords = new("去年", "今年", "明年", "前年", "后年", "个月", "上月", "这月", "下月", "上周", "上星期", "最近", "近期", "近来", "前几天", "昨天",
         "year", "month", "week", "recent", "lately", "yesterday");

    private static int? Int(Group g) =>
        g.Success && int.TryParse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    // 2025年2月12日, 2025年2月, 2015年, 2月 (a month without a year), with optional spaces.
    [GeneratedRegex(@"(?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?:(?<m>1[0-2]|0?[1-9])\s*月(?:份)?\s*)(?:(?<d>[12]\d|3[01]|0?[1-9])\s*[日号])?|(?<y>(?:19|20)\d{2})\s*年(?:度|初|底|末|中|头|尾)?", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-/.](?<m>1[0-2]|0?[1-9])(?:[-/.](?<d>[12]\d|3[01]|0?[1-9]))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    // Feb 2025, February 12, 2025, Sept. 2025, 12 August 2025, August of 2025; "may" only with a year or day.
    [GeneratedRegex(@"\b(?:(?<d>[12]\d|3[01]|0?[1-9])\s+)?(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may(?=\s+\d)|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+(?<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b,?)?(?:\s*(?:of\s+)?(?<y2>(?:19|20)\d{2}))?\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"(?<![\d.$])(?<y>(?:19|20)\d{2})(?!\d|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"去年|今年|明年|前年|后年|上个?月|这个?月|下个?月|上周|上星期|最近(?!一次|的一次|的事件)|近期|近来|前几天|昨天|\b(?:last|this|next|past)\s+(?:year|month|week)\b|(?<!\bmost\s)\brecent(?:ly)?\b|\blately\b|\byesterday\b|\b\w+\s+(?:years?|months?)\s+ago\b", RegexOptions.CultureInvariant)]
    private static partial Regex Relative();
}
