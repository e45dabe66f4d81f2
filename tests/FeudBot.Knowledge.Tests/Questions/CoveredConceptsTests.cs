using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Tests.Answers;

namespace FeudBot.Knowledge.Tests.Questions;

public class CoveredConceptsTests
{
    private static readonly CoveredConcepts Concepts = new(Thesaurus.Default, KnowledgeFixture.Answerer.Vocabulary);

    [Fact]
    public void AQuestionWordMapsToTheNotesOwnWord()
    {
        Assert.True(Concepts.TryChinese("离开", out var zh));
        Assert.Contains("辞去", zh);
        Assert.True(Concepts.TryEnglish("sue", out var en));
        Assert.Contains("lawsuit", en);
    }

    [Fact]
    public void ConceptsTheNoteNeverUsesAreNotCovered()
    {
        Assert.False(Concepts.TryChinese("营收", out _));
        Assert.False(Concepts.TryEnglish("revenu", out _));
    }
}
