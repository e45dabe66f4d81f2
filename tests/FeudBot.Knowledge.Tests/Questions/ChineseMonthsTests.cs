using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class ChineseMonthsTests
{
    [Theory]
    [InlineData("九月的訴訟", "9月的訴訟")]
    [InlineData("十二月和十一月", "12月和11月")]
    [InlineData("2025年十月", "2025年10月")]
    public void MonthsInChineseNumeralsBecomeDigits(string text, string expected) => Assert.Equal(expected, ChineseMonths.ToDigits(text));

    [Theory]
    [InlineData("三个月前发生了什么")] // a count of months
    [InlineData("二十一月")]
    [InlineData("上月发生了什么")]
    [InlineData("马斯克做了什么")]
    public void OtherTextIsLeftAlone(string text) => Assert.Equal(text, ChineseMonths.ToDigits(text));

    [Fact]
    public void AChineseNumeralMonthIsADate()
    {
        var scan = QuestionDates.Find("九月的诉讼是谁告谁");
        Assert.Equal(9, Assert.Single(scan.Dates).Month);
    }
}
