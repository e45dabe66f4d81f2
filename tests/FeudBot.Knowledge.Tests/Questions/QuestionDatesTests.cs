using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Questions;

public class QuestionDatesTests
{
    [Theory]
    [InlineData("2025年2月發生了什麼？", 2025, 2)]
    [InlineData("２０２５年８月", 2025, 8)]
    [InlineData("What happened in Feb 2025?", 2025, 2)]
    [InlineData("What happened in September 2025?", 2025, 9)]
    [InlineData("What happened on August 12, 2025?", 2025, 8)]
    [InlineData("Events of 2025-08", 2025, 8)]
    [InlineData("What happened in 2023?", 2023, null)]
    [InlineData("2015年他們創辦了什麼？", 2015, null)]
    [InlineData("2025年初發生了什麼？", 2025, null)]
    [InlineData("马斯克2025年底做了什么", 2025, null)]
    public void FindsNamedDates(string question, int year, int? month)
    {
        var scan = QuestionDates.Find(TextNormalizer.Normalize(question));
        var date = Assert.Single(scan.Dates);
        Assert.Equal(year, date.Year);
        Assert.Equal(month, date.Month);
        Assert.False(scan.Relative);
    }

    [Theory]
    [InlineData("去年馬斯克做了什麼？")]
    [InlineData("What did Musk do last year?")]
    [InlineData("What happened recently?")]
    [InlineData("上個月發生了什麼？")]
    public void RelativeDatesAreFlaggedNeverGuessed(string question)
    {
        var scan = QuestionDates.Find(TextNormalizer.Normalize(question));
        Assert.Empty(scan.Dates);
        Assert.True(scan.Relative);
    }

    [Fact]
    public void FiguresAreNotYears() =>
        Assert.Empty(QuestionDates.Find("was the $97.4 billion bid rejected? 974亿").Dates);

    [Fact]
    public void MonthWithoutYearMatchesThatMonth()
    {
        var date = Assert.Single(QuestionDates.Find(TextNormalizer.Normalize("8月發生了什麼")).Dates);
        Assert.Null(date.Year);
        Assert.True(date.Matches(new Model.EventDate(2025, 8)));
        Assert.False(date.Matches(new Model.EventDate(2025, 9)));
    }
}
