using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

public class SentenceSplitterTests
{
    [Fact]
    public void DecimalsAndAbbreviationsDoNotEndSentences() =>
        Assert.Equal(
            ["In Feb. 2025, Musk led a $97.4 billion bid.", "It was rejected by the U.S. firm!"],
            SentenceSplitter.Split("In Feb. 2025, Musk led a $97.4 billion bid. It was rejected by the U.S. firm!", SentenceSplitOptions.NoteText));

    [Fact]
    public void ChineseSentencesKeepTheirClosingQuotes() =>
        Assert.Equal(
            ["奧特曼更暗示：「我為他感到難過。」", "兩人如今幾無交流。"],
            SentenceSplitter.Split("奧特曼更暗示：「我為他感到難過。」兩人如今幾無交流。", SentenceSplitOptions.NoteText));

    [Fact]
    public void MarkdownEmphasisIsRemoved() =>
        Assert.Equal(["2月：馬斯克試圖收購OpenAI。"], SentenceSplitter.Split("**2月**：馬斯克試圖收購OpenAI。", SentenceSplitOptions.NoteText));

    [Fact]
    public void RangesPointIntoTheTextAsGiven()
    {
        const string text = "  In Sept. 2024 he left (J. Smith said). 2025年2月，他出價。";
        var ranges = SentenceSplitter.SplitRanges(text);
        Assert.Equal(["In Sept. 2024 he left (J. Smith said).", "2025年2月，他出價。"], ranges.Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void RangesRefuseEmphasisStripping() =>
        Assert.Throws<ArgumentException>(() => SentenceSplitter.SplitRanges("**a**. b", SentenceSplitOptions.NoteText));

    // Model answers (moved from the LLM verifier's own splitter).
    [Theory]
    [InlineData("One [1]. Two [2].", new[] { "One [1].", "Two [2]." })]
    [InlineData("He offered $97.4 billion [2]. It failed [7].", new[] { "He offered $97.4 billion [2].", "It failed [7]." })]
    [InlineData("第一句[1]。第二句！[2]第三句？[3]", new[] { "第一句[1]。", "第二句！[2]", "第三句？[3]" })]
    [InlineData("他說「好。」[1]然後走了[2]。", new[] { "他說「好。」[1]", "然後走了[2]。" })]
    [InlineData("Line one [1]\nLine two [2]", new[] { "Line one [1]", "Line two [2]" })]
    [InlineData("The U.S. firm x.ai grew [1].", new[] { "The U.S. firm x.ai grew [1]." })]
    [InlineData("Done.\n[3]", new[] { "Done. [3]" })]
    [InlineData("  \n - \n", new string[0])]
    public void Splits_sentences(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text, SentenceSplitOptions.ModelText));
}
