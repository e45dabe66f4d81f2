using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

public class ChineseFoldTests
{
    [Fact]
    public void TableHasTheOpenCcAndUnihanPairs() => Assert.InRange(ChineseFold.Count, 6000, 8000);

    [Theory]
    [InlineData("籤佈週淨啓爲", "签布周净启为")] // characters Unihan alone misses
    [InlineData("奧特曼與馬斯克的紛爭", "奥特曼与马斯克的纷争")]
    [InlineData("著", "着")]
    public void FoldsTraditionalCharacters(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseFold.Fold(traditional));

    [Fact]
    public void SimplifiedTextIsNeverTurnedTraditional()
    {
        const string simplified = "马斯克收购OpenAI的报价被接受了吗";
        Assert.Equal(simplified, ChineseFold.Fold(simplified));
    }

    [Fact]
    public void FoldIsIdempotentOnTheWholeNote()
    {
        var note = File.ReadAllText(Path.Combine(Loading.RepoPaths.Knowledge, "musk-altman-feud.zh-Hant.md"));
        var once = ChineseFold.Fold(note);
        Assert.Equal(once, ChineseFold.Fold(once));
        Assert.DoesNotContain("馬", once, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptClassesAreDisjoint()
    {
        Assert.True(ChineseFold.IsTraditionalOnly('馬'));
        Assert.True(ChineseFold.IsSimplifiedOnly('马'));
        Assert.False(ChineseFold.IsSimplifiedOnly('克')); // 克 is also standard Traditional (馬斯克)
        Assert.False(ChineseFold.IsTraditionalOnly('马'));
    }
}
