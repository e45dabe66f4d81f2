using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Tests.Search;

public class SentenceSplitterTests
{
    [Fact]
    public void DecimalsAndAbbreviationsDoNotEndSentences() =>
        Assert.Equal(
            ["In Feb. 2025, Musk led a $97.4 billion bid.", "It was rejected by the U.S. firm!"],
            SentenceSplitter.Split("In Feb. 2025, Musk led a $97.4 billion bid. It was rejected by the U.S. firm!"));

    [Fact]
    public void ChineseSentencesKeepTheirClosingQuotes() =>
        Assert.Equal(
            ["奧特曼更暗示：「我為他感到難過。」", "兩人如今幾無交流。"],
            SentenceSplitter.Split("奧特曼更暗示：「我為他感到難過。」兩人如今幾無交流。"));

    [Fact]
    public void MarkdownEmphasisIsRemoved() =>
        Assert.Equal(["2月：馬斯克試圖收購OpenAI。"], SentenceSplitter.Split("**2月**：馬斯克試圖收購OpenAI。"));
}
