using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class SpellingFixTests
{
    [Theory]
    [InlineData("borad", "board")]   // neighbours swapped
    [InlineData("lawsut", "lawsuit")] // a letter dropped
    [InlineData("boarrd", "board")]  // a letter doubled
    public void AWordOneEditFromASingleKnownWordIsCorrected(string typo, string expected) =>
        Assert.Equal(expected, SpellingFix.Correct(typo, ["board", "lawsuit", "bid", "openai"]));

    [Theory]
    [InlineData("reveng")] // revenue's stem: one changed letter from revenge's, a different word
    [InlineData("bord")]   // too short to guess
    [InlineData("hoard")]  // another first letter
    public void ChangedLettersShortWordsAndOtherInitialsAreNotCorrected(string word) =>
        Assert.Null(SpellingFix.Correct(word, ["revenu", "board", "bird"]));

    [Fact]
    public void AnAmbiguousWordIsNotCorrected() =>
        Assert.Null(SpellingFix.Correct("boards", ["board", "boardsx"]));
}
