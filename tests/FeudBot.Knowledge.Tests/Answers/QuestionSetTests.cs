namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>
/// The evaluation's dev set (copied as a fixture) and our own set of paraphrases and unanswerable questions,
/// answered in-process against the repository's knowledge folder.
/// </summary>
public class QuestionSetTests
{
    [Fact]
    public void DevSetScoresAtLeast23Of24InTheAskedLanguage()
    {
        var (passed, total, failures) = QuestionSetScorer.Score(KnowledgeFixture.Answerer, KnowledgeFixture.Fixture("dev-questions.jsonl"));
        Assert.Equal(24, total);
        Assert.True(passed >= 23, $"{passed}/{total}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void OwnParaphraseAndUnanswerableSetScoresAtLeast90Percent()
    {
        var (passed, total, failures) = QuestionSetScorer.Score(KnowledgeFixture.Answerer, KnowledgeFixture.Fixture("extra-questions.jsonl"));
        Assert.True(total >= 40);
        Assert.True(passed >= total * 0.9, $"{passed}/{total}:\n" + string.Join("\n", failures));
    }
}
