using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Tests.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Search;

/// <summary>
/// <see cref="FastTerms"/> must give exactly Lucene's terms: for plain text it splits words itself, for the
/// rest (u.s., 97.4, 1,000, capitals, non-ASCII) it must hand the text to Lucene.
/// </summary>
public class FastTermsTests
{
    [Theory]
    [InlineData("when did musk sue openai?")]
    [InlineData("what did musk's lawsuit claim?")]
    [InlineData("why didn't altman's board accept the $97.4 billion bid?")]
    [InlineData("did the u.s. government say anything about xai's 1,000 gpus")]
    [InlineData("gpt4 and gpt-4o in the 2020s: who's 'right'?")]
    [InlineData("90's o'neil a'b'c musk''s 'quoted' it's")]
    [InlineData("Capital Letters Go To Lucene")]
    [InlineData("马斯克 and altman (2025/02) 100% & more; end.")]
    [InlineData("under_score and tab\there, newline\nthere")]
    [InlineData("")]
    public void GivesLucenesEnglishTerms(string text) =>
        Assert.Equal(Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, text), FastTerms.English(text));

    [Fact]
    public void GivesLucenesTermsForEveryFixtureQuestionAndNoteSentence()
    {
        var texts = Directory.GetFiles(Path.GetDirectoryName(KnowledgeFixture.Fixture("dev-questions.jsonl"))!, "*.jsonl")
            .SelectMany(File.ReadLines).Where(l => l.Length > 0)
            .Select(l => TextNormalizer.Normalize(System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!)).ToList();
        var snapshot = KnowledgeFixture.Snapshot;
        texts.AddRange(snapshot.Primary.Events.SelectMany(e => e.Texts.Values).Select(t => TextNormalizer.Normalize(t.Text)));
        Assert.True(texts.Count > 500);
        // Twice: the second pass answers from the remembered words.
        for (var pass = 0; pass < 2; pass++)
            Assert.All(texts, t => Assert.Equal(Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, t), FastTerms.English(t)));
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("sam altman")]
    [InlineData("gpt-4o")]
    public void GivesLucenesChineseFieldTermsForLatinRuns(string run)
    {
        Assert.Equal(Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, run), FastTerms.ChineseFieldLatin(run));
        Assert.Equal(Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, run), FastTerms.ChineseFieldLatin(run));
    }
}
