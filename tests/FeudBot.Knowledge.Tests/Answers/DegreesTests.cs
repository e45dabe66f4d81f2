using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

public class DegreesTests
{
    [Theory]
    [InlineData("The two of them talk very little.")]
    [InlineData("He has repeatedly mocked the company.")]
    [InlineData("兩人極少交談。")]
    [InlineData("他多次在X上嘲諷對方。")]
    public void ADegreeInWordsIsStated(string sentence) => Assert.True(Degrees.Stated(sentence));

    [Theory]
    [InlineData("Littlefinger is a scheming character.")]
    [InlineData("Musk led a $97.4 billion bid.")]
    [InlineData("兩人曾是摯友。")]
    public void NoDegreeWordIsNoDegree(string sentence) => Assert.False(Degrees.Stated(sentence));
}
