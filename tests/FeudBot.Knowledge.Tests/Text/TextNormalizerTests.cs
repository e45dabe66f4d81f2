using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("ＯｐｅｎＡＩ", "openai")]
    [InlineData("２０２５年２月", "2025年2月")]
    [InlineData("xＡＩ　Grok", "xai grok")]
    public void FullWidthBecomesAsciiAndLowerCase(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Theory]
    [InlineData("塔克‧卡爾森")]
    [InlineData("塔克・卡爾森")]
    [InlineData("塔克•卡爾森")]
    [InlineData("塔克·卡尔森")]
    [InlineData("塔克･卡爾森")]
    public void MiddleDotsAndScriptsUnify(string input) =>
        Assert.Equal("塔克·卡尔森", TextNormalizer.Normalize(input));

    [Fact]
    public void ZeroWidthCharactersAndBomAreDropped() =>
        Assert.Equal("马斯克", TextNormalizer.Normalize("\uFEFF馬\u200B斯\u200D克\u2060"));

    [Fact]
    public void DashesAndCurlyApostrophesUnify() =>
        Assert.Equal("musk's for-profit - x", TextNormalizer.Normalize("Musk’s for‐profit — X"));

    [Fact]
    public void TraditionalFoldsToSimplified() =>
        Assert.Equal("马斯克为什么离开openai董事会?", TextNormalizer.Normalize("馬斯克為什麼離開OpenAI董事會？"));

    [Theory]
    [InlineData("馬斯克為什麼離開OpenAI董事會？")]
    [InlineData("Ｔｈｅ　ｆｅｕｄ‧2025")]
    public void NormalizingTwiceChangesNothing(string input)
    {
        var once = TextNormalizer.Normalize(input);
        Assert.Equal(once, TextNormalizer.Normalize(once));
    }
}
