using FeudBot.Bot.Abuse;

namespace FeudBot.Tests.Bot;

public sealed class QuestionCheckTests
{
    [Fact]
    public void Accepts_and_trims_a_normal_question() =>
        Assert.Equal("When did Musk sue OpenAI?", QuestionCheck.Validate("  When did Musk sue OpenAI? ", "en", out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002\t")]
    public void Refuses_empty_questions_politely(string? question)
    {
        Assert.Null(QuestionCheck.Validate(question, "zh-Hant", out var refusal));
        Assert.StartsWith("請輸入問題", refusal);
    }

    [Fact]
    public void Accepts_exactly_500_characters() =>
        Assert.NotNull(QuestionCheck.Validate(new string('問', 500), "en", out _));

    [Fact]
    public void Refuses_501_characters_saying_how_many()
    {
        Assert.Null(QuestionCheck.Validate(new string('a', 501), "en", out var refusal));
        Assert.Contains("501", refusal);
        Assert.Contains("500", refusal);
    }

    [Fact]
    public void Counts_an_emoji_as_one_character() =>
        Assert.NotNull(QuestionCheck.Validate(string.Concat(Enumerable.Repeat("😀", 500)), "en", out _));
}
