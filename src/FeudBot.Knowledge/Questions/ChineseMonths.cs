namespace FeudBot.Knowledge.Questions;

/// <summary>
/// A month written in Chinese numerals (九月, 十二月) rewritten with digits (9月, 12月), so that
/// <see cref="QuestionDates"/> reads it as it reads 9月. Not a count of months (三個月, 幾個月 hold 個月) nor
/// a relative month (上月, 這月).
/// </summary>
public static class ChineseMonths
{
    private static readonly string[] Months = ["十二月", "十一月", "十月", "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月"];
    private static readonly string[] Digits = ["12月", "11月", "10月", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月"];

    /// <summary><paramref name="text"/> with its Chinese-numeral months in digits; the same string when it has none.</summary>
    public static string ToDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most questions have no 月: one search, no allocation.
        if (text.IndexOf('月') < 0) return text;
        for (var i = 0; i < Months.Length; i++)
        {
            for (var at = text.IndexOf(Months[i], StringComparison.Ordinal); at >= 0; at = text.IndexOf(Months[i], at + 1, StringComparison.Ordinal))
            {
                // 十一月 is not 一月 after 十; 二十一月 is no month at all.
                if (at > 0 && "十一二三四五六七八九〇零两兩".Contains(text[at - 1], StringComparison.Ordinal)) continue;
                text = string.Concat(text.AsSpan(0, at), Digits[i], text.AsSpan(at + Months[i].Length));
            }
        }
        return text;
    }
}
