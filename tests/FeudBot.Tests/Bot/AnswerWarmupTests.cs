using FeudBot.Bot;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Rendering;
using FeudBot.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FeudBot.Tests.Bot;

public sealed class AnswerWarmupTests
{
    [Fact]
    public async Task Start_asks_the_first_and_last_event_titles_in_each_reply_language_and_keeps_nothing()
    {
        using var bot = new BotFixture();
        var warmup = new AnswerWarmup(bot.Get<IKnowledgeSource>(), bot.Get<AnswerRenderer>(), bot.Get<IOptions<BotOptions>>(), NullLogger<AnswerWarmup>.Instance);

        await warmup.StartAsync(default);

        Assert.Equal(6, bot.Answerer.Calls);
        Assert.EndsWith("?", bot.Answerer.Last.Question, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", bot.Answerer.Last.Hint);
        Assert.Empty(bot.Callbacks.Calls); // nothing is sent
    }

    [Fact]
    public async Task Off_asks_nothing()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:WarmUp"] = "false" });

        await new AnswerWarmup(bot.Get<IKnowledgeSource>(), bot.Get<AnswerRenderer>(), bot.Get<IOptions<BotOptions>>(), NullLogger<AnswerWarmup>.Instance).StartAsync(default);

        Assert.Equal(0, bot.Answerer.Calls);
    }
}
