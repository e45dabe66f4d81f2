using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

public class ReasonsTests
{
    [Theory]
    [InlineData("It moved to a for-profit model to attract more money.")]
    [InlineData("He left because of a conflict of interest.")]
    [InlineData("該組織為了吸引資金而轉向。")]
    public void ACauseOrPurposeIsAReason(string text) => Assert.True(Reasons.Stated(text));

    [Theory]
    [InlineData("Musk sued OpenAI in 2024.")]
    [InlineData("馬斯克對OpenAI提起訴訟。")]
    public void APlainDeedIsNot(string text) => Assert.False(Reasons.Stated(text));
}
