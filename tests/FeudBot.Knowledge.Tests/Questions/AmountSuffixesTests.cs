using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Tests.Questions;

public class AmountSuffixesTests
{
    [Theory]
    [InlineData("was the 97.4b offer accepted", "was the 97.4 billion offer accepted")]
    [InlineData("did he bid $97bn?", "did he bid $97 billion?")]
    [InlineData("5m users and 10k posts", "5 million users and 10 thousand posts")]
    [InlineData("1,000m", "1,000 million")]
    public void Amounts_typed_with_a_scale_letter_are_spelled_out(string text, string expected) =>
        Assert.Equal(expected, AmountSuffixes.Rewrite(text));

    [Theory]
    [InlineData("what is gpt4o")] // a name of letters and digits, not an amount
    [InlineData("a16z invested")]
    [InlineData("in 2025 musk sued")]
    [InlineData("the 4bytes field")] // a word after the digits, not a scale
    public void Other_text_is_left_as_it_is(string text) => Assert.Same(text, AmountSuffixes.Rewrite(text));
}
