using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Routing;

namespace FeudBot.Tests.Bot;

public sealed class InteractionResponderTests
{
    [Fact]
    public async Task A_fast_answer_is_sent_inline_as_one_type_4_response()
    {
        using var bot = new BotFixture();
        using var interactions = bot.Collect("feudbot.interactions");

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(1, "ask", "en-US", 42, ("question", "When did Musk sue OpenAI?")), bot.Time.GetTimestamp(), default);

        var call = Assert.Single(bot.Callbacks.Calls);
        Assert.Equal("respond", call.Call);
        var reply = Assert.IsType<BotReply>(call.Payload);
        Assert.Equal(BotReplyKind.Message, reply.Kind);
        Assert.Equal("Musk sued OpenAI in 2024.", reply.Message!.Embeds[0].Description);
        var measurement = Assert.Single(interactions.GetMeasurementSnapshot());
        Assert.Equal("answered", measurement.Tags["outcome"]);
        Assert.Contains(bot.LogProvider.Collector.GetSnapshot(), r => r.Message.Contains("Interaction 1 ask locale en-US: Answered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_answer_is_deferred_then_the_original_is_edited()
    {
        using var bot = new BotFixture();
        bot.Answerer.Gate = new ManualResetEventSlim(false);

        var handling = bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(2, "ask", "zh-TW", 42, ("question", "馬斯克何時起訴？")), bot.Time.GetTimestamp(), default);
        Assert.True(await bot.Answerer.WaitEnteredAsync());
        Assert.Empty(bot.Callbacks.Calls);

        // Nothing is sent before the threshold; at 1.5 s the deferral goes out while the answer is still running.
        bot.Time.Advance(TimeSpan.FromMilliseconds(1499));
        Assert.Empty(bot.Callbacks.Calls);
        bot.Time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitUntil(() => !bot.Callbacks.Calls.IsEmpty);
        Assert.Equal("defer", bot.Callbacks.Calls.Single().Call);

        bot.Answerer.Gate.Set();
        await handling;

        Assert.Equal(["defer", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
        var edited = Assert.IsType<BotMessage>(bot.Callbacks.Calls.Last().Payload);
        Assert.Equal("馬斯克於2024年起訴OpenAI。", edited.Embeds[0].Description);
    }

    [Fact]
    public async Task Time_spent_queued_counts_toward_the_deferral()
    {
        using var bot = new BotFixture();
        var receivedAt = bot.Time.GetTimestamp();
        bot.Time.Advance(TimeSpan.FromSeconds(2)); // waited in the dispatch queue longer than Bot:DeferAfter

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(10, "about"), receivedAt, default);

        Assert.Equal(["defer", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
    }

    [Fact]
    public async Task A_private_question_defers_ephemerally()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:DeferAfter"] = "00:00:00" });

        await bot.Get<InteractionResponder>().HandleAsync(
            BotFixture.Command(3, "ask", "en-US", 42, ("question", "When?"), ("private", "true")), bot.Time.GetTimestamp(), default);

        Assert.Equal(["defer-ephemeral", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
    }

    [Fact]
    public async Task A_slow_button_is_acknowledged_silently_then_its_message_edited()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:DeferAfter"] = "00:00:00" });
        var id = TimelineCustomId.Encode(TimelineAction.Next, new TimelineQuery(2));

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Component(4, id), bot.Time.GetTimestamp(), default);

        Assert.Equal(["defer-update", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
        var page = Assert.IsType<BotMessage>(bot.Callbacks.Calls.Last().Payload);
        Assert.Contains("Page 2 of 3", page.Embeds[0].Footer);
    }

    [Fact]
    public async Task A_failure_shows_a_localized_apology_never_the_exception_text()
    {
        using var bot = new BotFixture();
        using var errors = bot.Collect("feudbot.errors");

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(5, "ask", "zh-CN", 42, ("question", "boom")), bot.Time.GetTimestamp(), default);

        var reply = Assert.IsType<BotReply>(Assert.Single(bot.Callbacks.Calls).Payload);
        Assert.Equal("抱歉，我这边出了点问题，请稍后再试。", reply.Message!.Content);
        Assert.True(reply.Message.Ephemeral);
        Assert.DoesNotContain("secret", reply.Message.Content, StringComparison.Ordinal);
        Assert.Single(errors.GetMeasurementSnapshot());
        var logged = Assert.Single(bot.LogProvider.Collector.GetSnapshot(), r => r.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains("secret internal detail", logged.Exception!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_after_deferring_edits_the_apology_into_the_original()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:DeferAfter"] = "00:00:00" });

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(6, "ask", "en-US", 42, ("question", "boom")), bot.Time.GetTimestamp(), default);

        Assert.Equal(["defer", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
        Assert.StartsWith("Sorry", Assert.IsType<BotMessage>(bot.Callbacks.Calls.Last().Payload).Content);
    }

    [Fact]
    public async Task A_failed_initial_response_is_never_followed_by_a_second_one()
    {
        using var bot = new BotFixture();
        bot.Callbacks.RespondFailure = new HttpRequestException("connection reset after sending");

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(9, "about"), bot.Time.GetTimestamp(), default);

        Assert.Single(bot.Callbacks.Calls);
        Assert.Contains(bot.LogProvider.Collector.GetSnapshot(), r => r.Exception is HttpRequestException);
    }

    [Fact]
    public async Task Unknown_interaction_10062_is_logged_and_not_retried()
    {
        using var bot = new BotFixture();
        bot.Callbacks.NextResult = CallbackResult.UnknownInteraction;

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(7, "about"), bot.Time.GetTimestamp(), default);

        Assert.Single(bot.Callbacks.Calls);
        Assert.Contains(bot.LogProvider.Collector.GetSnapshot(), r => r.Message.Contains("UnknownInteraction", StringComparison.Ordinal) && r.Message.Contains("not retried", StringComparison.Ordinal));
        Assert.Contains(bot.LogProvider.Collector.GetSnapshot(), r => r.Message.Contains(": Expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_replayed_interaction_is_answered_once()
    {
        using var bot = new BotFixture();
        var responder = bot.Get<InteractionResponder>();
        var interaction = BotFixture.Command(8, "sources");

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => responder.HandleAsync(interaction, bot.Time.GetTimestamp(), default)));

        Assert.Single(bot.Callbacks.Calls);
    }

    [Fact]
    public async Task Cooldown_refuses_the_sixth_question_politely_and_privately()
    {
        using var bot = new BotFixture();
        var responder = bot.Get<InteractionResponder>();
        for (ulong i = 0; i < 6; i++)
            await responder.HandleAsync(BotFixture.Command(100 + i, "ask", "zh-TW", 7, ("question", $"馬斯克{i}？")), bot.Time.GetTimestamp(), default); // distinct: no answer-cache hits

        var last = Assert.IsType<BotReply>(bot.Callbacks.Calls.Last().Payload);
        Assert.Equal(InteractionOutcome.Refused, last.Outcome);
        Assert.True(last.Message!.Ephemeral);
        Assert.Equal("你問得有點快，請等 30 秒後再問。", last.Message.Content);
        Assert.Equal(5, bot.Answerer.Calls);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
