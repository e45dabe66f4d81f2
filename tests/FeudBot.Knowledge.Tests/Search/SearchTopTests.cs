using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Tests.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Search;

/// <summary>
/// The postings search keeps only the best <c>top</c> hits in a short sorted buffer and visits only the
/// documents its terms touch: the result must be the prefix of the full ranking, in score order, ties by sentence order.
/// </summary>
public class SearchTopTests
{
    public static TheoryData<string, string> Questions => new()
    {
        { "When did Musk sue OpenAI?", "en" },
        { "How much did Musk offer for OpenAI?", "en" },
        { "馬斯克何時起訴OpenAI？", "zh-Hant" },
        { "马斯克为什么离开OpenAI董事会？", "zh-Hans" },
        { "What did Musk's lawsuit claim?", "en" },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void TopIsThePrefixOfTheFullRanking(string question, string language)
    {
        var snapshot = KnowledgeFixture.Snapshot;
        using var index = new KnowledgeIndex(snapshot.Primary, new AliasTable(snapshot.Glossary));
        var q = KnowledgeFixture.Answerer.Parser.Parse(question, language);
        var all = index.Search(q.Field, q.Terms, top: int.MaxValue);
        Assert.True(all.Count > 3, "the question should match several sentences");
        // Highest score first, equal scores in sentence order, every hit scored.
        Assert.Equal(all.OrderByDescending(h => h.Score).ThenBy(h => h.Sentence.Id), all);
        Assert.All(all, h => Assert.True(h.Score > 0));
        foreach (var top in new[] { 1, 2, 3, 24 })
            Assert.Equal(all.Take(top), index.Search(q.Field, q.Terms, top));
        Assert.Empty(index.Search(q.Field, q.Terms, top: 0));
    }

    [Fact]
    public void ScratchTouchesAndResetsOnlyWhatItScored()
    {
        var scratch = new Scratch(5);
        scratch.Add(3, 1f);
        scratch.Add(1, 2f);
        scratch.Add(3, 0.5f);
        scratch.Max(4, 0.25f);
        scratch.Max(1, 1f);
        Assert.Equal([3, 1, 4], scratch.Touched);
        Assert.Equal([0f, 2f, 0f, 1.5f, 0.25f], scratch.Scores);
        scratch.Reset();
        Assert.Empty(scratch.Touched);
        Assert.All(scratch.Scores, s => Assert.Equal(0f, s));
        scratch.Add(3, 1f);
        Assert.Equal([3], scratch.Touched);
    }
}
