using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class OriginClausesTests
{
    [Theory]
    [InlineData("who led openai when it began", "who led openai  ")]
    [InlineData("what did musk fund at the outset?", "what did musk fund  ?")]
    public void AnOriginPhraseIsDroppedWhenSomethingElseIsAsked(string text, string expected) =>
        Assert.Equal(expected, OriginClauses.Strip(text));

    [Theory]
    [InlineData("what happened when it all started")] // the phrase is all it asks about
    [InlineData("when did the feud start")]            // no origin phrase
    [InlineData("who restarted it at the startup")]    // only whole words
    public void OtherwiseTheTextIsKept(string text) => Assert.Same(text, OriginClauses.Strip(text));
}
