using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

public class AliasTableTests
{
    private static readonly AliasTable Table = new(new Glossary(
    [
        new GlossaryEntry("altman", "person", new Dictionary<string, string> { ["zh-Hant"] = "奧特曼", ["zh-Hans"] = "奥特曼", ["en"] = "Sam Altman" },
            ["奥尔特曼", "阿尔特曼", "阿特曼", "Altman", "Sam", "山姆·奧特曼"]),
        new GlossaryEntry("x", "organization", new Dictionary<string, string> { ["zh-Hant"] = "X（前身為Twitter）", ["en"] = "X (formerly Twitter)" }, ["X", "Twitter"]),
        new GlossaryEntry("lawsuit", "term", new Dictionary<string, string> { ["zh-Hant"] = "訴訟", ["en"] = "lawsuit" }, ["起訴", "sue"]),
    ]));

    [Theory]
    [InlineData("奥尔特曼说了什么")]
    [InlineData("阿爾特曼说了什么")]
    [InlineData("阿特曼说了什么")]
    [InlineData("altman说了什么")]
    [InlineData("sam说了什么")]
    [InlineData("山姆·奥特曼说了什么")]
    public void SpellingsOfOneNameBecomeTheChineseName(string question) =>
        Assert.Equal("奥特曼说了什么", Table.Canonicalize(TextNormalizer.Normalize(question), chinese: true));

    [Fact]
    public void EnglishFieldGetsTheEnglishNameWithoutItsParenthetical()
    {
        Assert.Equal("what did sam altman post on x", Table.Canonicalize(TextNormalizer.Normalize("What did 奥尔特曼 post on Twitter"), chinese: false));
    }

    [Fact]
    public void LatinAliasesMatchWholeWordsOnly() =>
        Assert.Equal("samsung and sam altman", Table.Canonicalize("samsung and sam", chinese: false));

    [Fact]
    public void TermsAreRecognizedButNotRewritten()
    {
        var text = TextNormalizer.Normalize("提起訴訟");
        Assert.Equal(text, Table.Canonicalize(text, chinese: true));
        Assert.Equal(["lawsuit"], Table.FindEntities(text));
    }

    [Fact]
    public void FindsEntitiesInOrderOfMention() =>
        Assert.Equal(["x", "altman"], Table.FindEntities(TextNormalizer.Normalize("Twitter上的阿尔特曼")));
}
