using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class PhrasalVerbsTests
{
    [Theory]
    [InlineData("how is altman going after musk's companies?", "how is altman target musk's companies?")]
    [InlineData("who did he go after", "who did he target")]
    [InlineData("who has musk gone after?", "who has musk target?")]
    [InlineData("musk went after openai and goes after altman", "musk target openai and target altman")]
    [InlineData("what did musk do after he went after", "what did musk do after he target")]
    public void GoAfterInAnyTenseBecomesTarget(string question, string expected) =>
        Assert.Equal(expected, PhrasalVerbs.Rewrite(question));

    [Theory]
    [InlineData("are they even on speaking terms", "are they even talking")]
    [InlineData("are musk and altman on good terms now?", "are musk and altman relationship now?")]
    [InlineData("how do they differ on agi these days", "how do they differ on agi nowadays")]
    [InlineData("why did musk fund openai in the first place?", "why did musk fund openai originally?")]
    [InlineData("did musk leave of his own accord", "did musk leave voluntarily")]
    [InlineData("when did musk try to take over openai", "when did musk try to takeover openai")]
    [InlineData("why did musk bother starting xai", "why did musk starting xai")]
    [InlineData("are they likely to make up", "are they likely to reconcile")]
    [InlineData("was it just to get back at openai", "was it just to retaliate against openai")]
    [InlineData("what had openai turned into", "what had openai become")]
    [InlineData("what was altman's job back then", "what was altman's job then")] // not the strike-back
    [InlineData("was openai set up as a company", "was openai founded as a company")]
    [InlineData("how much did musk put on the table", "how much did musk offer")]
    public void IdiomsBecomeWhatTheyMean(string question, string expected) =>
        Assert.Equal(expected, PhrasalVerbs.Idiomatic(question));

    [Theory]
    [InlineData("what terms did musk use for altman")]
    [InlineData("where did musk go after leaving openai?")]
    [InlineData("where did musk go after he left?")]
    [InlineData("what happened after the bid")]
    [InlineData("what did they do afterwards")]
    [InlineData("when did musk go")]
    public void AfterOpeningATimeClauseOrAfterAnotherVerbIsLeftAlone(string question) =>
        Assert.Same(question, PhrasalVerbs.Rewrite(question));

    [Theory]
    [InlineData("what did the filing call musk", "what did the filing claim musk")]
    [InlineData("what has the lawsuit called openai?", "what has the lawsuit claim openai?")]
    [InlineData("what did altman do against musk", "what did altman target musk")]
    public void ADocumentsCallIsAClaimAndDoneAgainstIsTargeting(string question, string expected) =>
        Assert.Equal(expected, PhrasalVerbs.Rewrite(question));

    [Theory]
    [InlineData("what did musk call the lawsuit")] // a person calls: unchanged
    [InlineData("what did the pursuit call for")]   // not the word "suit"
    public void OtherCallsAreKept(string question) => Assert.Equal(question, PhrasalVerbs.Rewrite(question));
}
