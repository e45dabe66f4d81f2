using FeudBot.Knowledge.Loading;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>knowledge/glossary.yaml and alias matching.</summary>
public class GlossaryTests
{
    [Theory]
    [InlineData("奥尔特曼", "altman")]
    [InlineData("阿特曼", "altman")]
    [InlineData("Sam Altman", "altman")]
    [InlineData("山姆", "altman")]
    [InlineData("伊隆", "musk")]
    [InlineData("elon musk", "musk")]
    [InlineData("微软", "microsoft")]
    [InlineData("Twitter", "x")]
    [InlineData("推特", "x")]
    [InlineData("苹果", "apple")]
    [InlineData("塔克·卡尔森", "tucker-carlson")]
    [InlineData("權力遊戲", "game-of-thrones")]
    [InlineData("商业机密", "trade-secrets")]
    [InlineData("AGI", "agi")]
    public void Aliases_resolve_to_ids(string name, string id) =>
        Assert.Equal(id, ActorMatcher.Resolve(TestKnowledge.Real.Glossary, name));

    [Fact]
    public void Entries_have_names_in_three_languages()
    {
        var entries = TestKnowledge.Real.Glossary.Entries;
        Assert.Contains(entries, e => e.Id == "altman" && e.Kind == "person");
        Assert.All(entries, e => Assert.True(e.Names.ContainsKey("zh-Hant") && e.Names.ContainsKey("zh-Hans") && e.Names.ContainsKey("en"), e.Id));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Short_latin_aliases_match_whole_words_only()
    {
        var matcher = new ActorMatcher(TestKnowledge.Real.Glossary);
        Assert.DoesNotContain("x", matcher.Find("xAI launched Grok."));
        Assert.Contains("x", matcher.Find("They argued on X about it."));
        Assert.Contains("x", matcher.Find("雙方在X上公開爭執"));
        Assert.Equal(["musk"], matcher.Find("Musk spoke."));
    }
}
