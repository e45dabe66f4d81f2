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

    [Theory]
    [InlineData("muk", "musk")] // "muks", stemmed
    [InlineData("apl", "appl")] // "aple"
    [InlineData("elno", "elon")]
    public void AShortNameIsCorrectedAgainstNamesOnly(string word, string expected)
    {
        var names = SpellingFix.Index(["musk", "elon", "appl", "grok", "altman"]);
        Assert.Equal(expected, SpellingFix.CorrectName(word, names));
    }

    [Theory]
    [InlineData("must")] // a changed letter is another word
    [InlineData("mu")] // too short
    [InlineData("altmna")] // long words go through Correct
    public void OtherWordsAreNotNames(string word) =>
        Assert.Null(SpellingFix.CorrectName(word, SpellingFix.Index(["musk", "elon", "appl", "altman"])));
}
