using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>The date shapes of labels, prose, as-of markers and URLs.</summary>
public class DatePatternTests
{
    [Theory]
    [InlineData("2023年", "2023")]
    [InlineData("2023年：馬斯克創立xAI", "2023")]
    [InlineData("2月", "?-02")]
    [InlineData("２０２５年２月", "2025-02")]
    [InlineData("2018年左右", "~2018")]
    [InlineData("2023年2月頃", "~2023-02")]
    [InlineData("約2018年", "~2018")]
    [InlineData("2024年3月1日", "2024-03-01")]
    [InlineData("2025-02-14", "2025-02-14")]
    [InlineData("2025/02", "2025-02")]
    [InlineData("February", "?-02")]
    [InlineData("Sept.", "?-09")]
    [InlineData("Sept. 25, 2025", "2025-09-25")]
    [InlineData("14 Feb 2025", "2025-02-14")]
    [InlineData("around 2018", "~2018")]
    [InlineData("March 2024", "2024-03")]
    [InlineData("2024", "2024")]
    public void Labels(string label, string expected)
    {
        var hit = DatePatterns.MatchLabel(WidthFolder.Fold(label), out var invalid);
        Assert.False(invalid);
        Assert.NotNull(hit);
        var h = hit.Value;
        var text = (h.Approximate ? "~" : "") + (h.Year?.ToString("D4") ?? "?") + (h.Month is { } m ? $"-{m:D2}" : "") + (h.Day is { } d ? $"-{d:D2}" : "");
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("13月")]
    [InlineData("2025年2月30日")]
    [InlineData("2025-13")]
    public void Impossible_labels_are_invalid(string label)
    {
        Assert.Null(DatePatterns.MatchLabel(label, out var invalid));
        Assert.True(invalid);
    }

    [Theory]
    [InlineData("Musk paid $2015 million.", 0)]
    [InlineData("OpenAI had 2015 staff.", 0)]
    [InlineData("In 2015, they met. Around 2018, they split.", 2)]
    [InlineData("2015年，他們共同創辦了OpenAI。關係在2018年左右開始惡化。", 2)]
    public void Prose_needs_a_cue_in_english(string text, int count) =>
        Assert.Equal(count, DatePatterns.MatchProse(text).Count());

    [Theory]
    [InlineData("時至今日（2025年10月），兩人", 2025, 10)]
    [InlineData("現在（2025年10月），二人", 2025, 10)]
    [InlineData("现在（２０２５年１０月）", 2025, 10)]
    [InlineData("Today (October 2025), the two", 2025, 10)]
    [InlineData("As of October 2025, the two", 2025, 10)]
    [InlineData("2025年10月現在、二人", 2025, 10)]
    public void As_of_markers(string text, int year, int month)
    {
        var hit = AsOfParser.Find(WidthFolder.Fold(text));
        Assert.Equal((year, month), (hit?.Year, hit?.Month));
    }

    [Theory]
    [InlineData("如今已改觀")]
    [InlineData("Musk and Altman now rarely talk")]
    [InlineData("today the feud goes on")]
    public void No_as_of_without_a_date(string text) => Assert.Null(AsOfParser.Find(text));

    [Theory]
    [InlineData("https://www.forbes.com/sites/johnhyatt/2025/08/16/sam-altman/", "2025-08-16")]
    [InlineData("https://www.theguardian.com/technology/2025/sep/25/elon-musk-xai", "2025-09-25")]
    [InlineData("https://www.businessinsider.com/great-jewel-for-humanity-2025-9", "2025-09")]
    [InlineData("https://arstechnica.com/tech-policy/2025/08/a-brief-history/", "2025-08")]
    [InlineData("https://builtin.com/artificial-intelligence/musk-altman-feud", null)]
    [InlineData("https://example.com/gpt-4-2048-tokens", null)]
    public void Url_dates(string url, string? expected) =>
        Assert.Equal(expected, UrlDateParser.Parse(new Uri(url))?.ToIsoString());

    [Fact]
    public void Event_dates_order_by_precision() =>
        Assert.True(new EventDate(2025) < new EventDate(2025, 2) && new EventDate(2025, 2) < new EventDate(2025, 2, 14));
}
