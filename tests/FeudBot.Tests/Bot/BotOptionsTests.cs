using FeudBot.Bot;
using Microsoft.Extensions.Options;

namespace FeudBot.Tests.Bot;

public sealed class BotOptionsTests
{
    [Theory]
    [InlineData("Bot:DeferAfter", "00:00:05")]
    [InlineData("Bot:Cooldown:MaxQuestions", "-1")]
    [InlineData("Bot:Cooldown:Window", "00:00:00")]
    [InlineData("Bot:MaxConcurrency", "0")]
    [InlineData("Bot:AnswerCacheSize", "-1")]
    [InlineData("Bot:AnswerCacheSize", "1000000")]
    [InlineData("Bot:AnswerThreads", "-1")]
    [InlineData("Bot:AnswerThreads", "65")]
    public void Bad_values_fail_at_start_naming_the_key(string key, string value)
    {
        using var bot = new BotFixture(settings: new() { [key] = value });

        var ex = Assert.Throws<OptionsValidationException>(() => bot.Get<IOptions<BotOptions>>().Value);

        Assert.Contains(ex.Failures, f => f.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void Defaults_are_valid()
    {
        using var bot = new BotFixture();
        var options = bot.Get<IOptions<BotOptions>>().Value;
        Assert.Equal((true, TimeSpan.FromMilliseconds(1500), 5, TimeSpan.FromSeconds(30)),
            (options.AnswerMentions, options.DeferAfter, options.Cooldown.MaxQuestions, options.Cooldown.Window));
    }
}
