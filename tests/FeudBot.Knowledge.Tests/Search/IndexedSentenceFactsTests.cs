using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Tests.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Search;

/// <summary>
/// The per-sentence facts the index computes once (so the ranker does not rescan text per question) must be
/// exactly what the scans say of each sentence of the repository's knowledge folder.
/// </summary>
public class IndexedSentenceFactsTests
{
    private static IReadOnlyList<IndexedSentence> Sentences()
    {
        var snapshot = KnowledgeFixture.Snapshot;
        using var index = new KnowledgeIndex(snapshot.Primary, new AliasTable(snapshot.Glossary));
        return index.Sentences;
    }

    [Fact]
    public void HasFigureIsFiguresHasOfEverySentence()
    {
        var sentences = Sentences();
        Assert.All(sentences, s => Assert.Equal(Figures.Has(s.Text), s.HasFigure));
        // Not vacuous: the note has sentences with and without figures.
        Assert.Contains(sentences, s => s.HasFigure);
        Assert.Contains(sentences, s => !s.HasFigure);
    }

    [Fact]
    public void StatesYearIsYearsStatedOfEverySentence()
    {
        var sentences = Sentences();
        Assert.All(sentences, s => Assert.Equal(Years.Stated(s.Text), s.StatesYear));
        Assert.Contains(sentences, s => s.StatesYear);
        Assert.Contains(sentences, s => !s.StatesYear);
    }

    [Fact]
    public void FactsFollowTheText()
    {
        var s = new IndexedSentence(0, "k", "en", "In 2015 Musk pledged $1 billion.", 0, false);
        Assert.True(s.HasFigure);
        Assert.True(s.StatesYear);
        var plain = new IndexedSentence(1, "k", "zh-Hant", "兩人如今幾無交流。", 0, false);
        Assert.False(plain.HasFigure);
        Assert.False(plain.StatesYear);
    }

    [Theory]
    [InlineData("2015年，他們共同創辦了OpenAI。", true)]
    [InlineData("In 2015, they founded OpenAI.", true)]
    [InlineData("1999", true)]
    [InlineData("a $97.4 billion bid", false)]
    [InlineData("20155 views", false)]
    [InlineData("1899", false)]
    [InlineData("3015年", false)]
    public void YearsStatedFindsAFreeStandingYear(string text, bool expected) => Assert.Equal(expected, Years.Stated(text));
}
