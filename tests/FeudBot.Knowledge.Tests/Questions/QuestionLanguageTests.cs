using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class QuestionLanguageTests
{
    [Theory]
    [InlineData("馬斯克為什麼離開OpenAI董事會？", null, "zh-Hant")]
    [InlineData("马斯克为什么要创立xAI？", null, "zh-Hans")]
    [InlineData("马斯克为什么要创立xAI？", "zh-Hant", "zh-Hans")] // the script wins over the hint
    [InlineData("馬斯克為什麼離開？", "en", "zh-Hant")]
    [InlineData("Why did Musk leave the OpenAI board?", "zh-Hant", "en")]
    [InlineData("xAI是哪一年成立的？", "zh-Hans", "zh-Hans")] // no script-only character: the hint decides
    [InlineData("xAI是哪一年成立的？", null, "zh-Hant")]
    [InlineData("What did 馬斯克 say about OpenAI's board?", null, "en")]
    public void DetectsLanguage(string question, string? hint, string expected) =>
        Assert.Equal(expected, QuestionLanguage.Detect(question, hint));

    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh_CN", "zh-Hans")]
    [InlineData("zh-Hans-SG", "zh-Hans")]
    [InlineData("en-GB", "en")]
    [InlineData("fr", null)]
    public void MapsLocales(string tag, string? expected) => Assert.Equal(expected, QuestionLanguage.Canonical(tag));
}
