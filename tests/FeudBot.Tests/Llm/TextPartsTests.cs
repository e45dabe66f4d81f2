using FeudBot.Llm;

namespace FeudBot.Tests.Llm;

public sealed class TextPartsTests
{
    [Theory]
    [InlineData("974億美元", 97_400_000_000)]
    [InlineData("97.4 billion", 97_400_000_000)]
    [InlineData("$97.4B", 97_400_000_000)]
    [InlineData("$97.4bn", 97_400_000_000)]
    [InlineData("97,400,000,000", 97_400_000_000)]
    [InlineData("974亿", 97_400_000_000)]
    [InlineData("3萬", 30_000)]
    [InlineData("2025年", 2025)]
    [InlineData("2025th", 2025)]
    [InlineData("5 months", 5)]
    public void Reads_numbers_with_their_multiplier(string text, long expected)
    {
        var n = Assert.Single(FactExtractor.Numbers(text));
        Assert.Equal(expected, n.Value);
    }

    [Fact]
    public void Reads_dates_as_separate_numbers() =>
        Assert.Equal([2025m, 2m, 10m], FactExtractor.Numbers("2025-02-10").Select(n => n.Value));

    [Fact]
    public void Reads_quotes_of_every_style() =>
        Assert.Equal(["a", "b", "c", "d", "e"], FactExtractor.Quotes("«a» 「b」 『c』 “d” \"e\""));

    [Theory]
    [InlineData("伊隆・馬斯克", "伊隆马斯克")]
    [InlineData("「小指頭」", "小指头")]
    [InlineData("ＯｐｅｎＡＩ　Inc", "openaiinc")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    public void Folds_for_comparison(string text, string expected) =>
        Assert.Equal(expected, TextFold.Fold(text));

    [Theory]
    [InlineData("這是繁體中文的說明。", "zh-Hant", null)]
    [InlineData("这是简体中文的说明。", "zh-Hans", null)]
    [InlineData("這是繁體中文的說明。", "zh-Hans", "Traditional")]
    [InlineData("这是简体中文的说明。", "zh-Hant", "Simplified")]
    [InlineData("馬斯克創立xAI與推出Grok。", "zh-Hant", null)] // Latin names inside Chinese prose
    [InlineData("Plain English.", "zh-Hant", "Chinese")]
    [InlineData("Musk called him 「小指頭」.", "en", null)] // a quoted original name is not prose
    public void Checks_the_script(string text, string language, string? problemContains)
    {
        var problem = AnswerVerifier.LanguageProblem(text, language);
        if (problemContains is null)
            Assert.Null(problem);
        else
            Assert.Contains(problemContains, problem, StringComparison.Ordinal);
    }
}
