using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

public class DisplayAndVocabularyTests
{
    [Fact]
    public void ZhHantTextIsShownInSimplifiedCharacters() =>
        Assert.Equal("时至今日（2025年10月），两人的关系已公开敌对", SimplifiedDisplay.ToSimplified("時至今日（2025年10月），兩人的關係已公開敵對"));

    [Fact]
    public void NameDotsBecomeTheMainlandDot() =>
        Assert.Equal("伊隆·马斯克与山姆·奥特曼", SimplifiedDisplay.ToSimplified("伊隆・馬斯克與山姆‧奧特曼"));

    [Fact]
    public void DisplayKeepsPunctuationAndLatin() =>
        Assert.Equal("「诈骗奥特曼」Scam Altman", SimplifiedDisplay.ToSimplified("「詐騙奧特曼」Scam Altman"));

    [Fact]
    public void TaiwanWordsGetTheirMainlandWordAddedNotReplaced()
    {
        Assert.True(RegionalVocabulary.Count > 400);
        var text = ChineseFold.Fold("使用者資料");
        var expanded = RegionalVocabulary.AppendMainlandWords(text);
        Assert.StartsWith(text, expanded, StringComparison.Ordinal);
        Assert.Contains("用户", expanded, StringComparison.Ordinal);
    }
}
