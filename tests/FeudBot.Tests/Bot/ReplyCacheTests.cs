using FeudBot.Bot.Handlers;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Routing;
using FeudBot.Hosting;

namespace FeudBot.Tests.Bot;

public sealed class ReplyCacheTests
{
    private static ValueTask<BotReply> Ask(BotFixture bot, ulong user, string question, string locale = "en-US", bool ephemeral = false) =>
        bot.Get<AskService>().AskAsync(user, question, locale, ephemeral, CancellationToken.None);

    [Fact]
    public async Task A_repeated_question_is_answered_from_the_cache_with_the_same_reply()
    {
        using var bot = new BotFixture();

        var first = await Ask(bot, user: 1, "When did Musk sue OpenAI?");
        var second = await Ask(bot, user: 2, "  When did Musk sue OpenAI?  ");

        Assert.Equal(1, bot.Answerer.Calls);
        Assert.Same(first, second);
        Assert.True(second.Reused); // transports may keep its wire form
        Assert.Equal(InteractionOutcome.Answered, second.Outcome);
    }

    [Fact]
    public async Task Language_and_privacy_are_part_of_the_key()
    {
        using var bot = new BotFixture();

        var english = await Ask(bot, 1, "OpenAI lawsuit?");
        var chinese = await Ask(bot, 2, "OpenAI lawsuit?", locale: "zh-TW");
        var hidden = await Ask(bot, 3, "OpenAI lawsuit?", ephemeral: true);

        Assert.Equal(3, bot.Answerer.Calls);
        Assert.NotEqual(english.Message!.Embeds[0].Description, chinese.Message!.Embeds[0].Description);
        Assert.False(english.Message.Ephemeral);
        Assert.True(hidden.Message!.Ephemeral);
    }

    [Fact]
    public async Task Declines_are_cached_too_and_keep_their_outcome()
    {
        using var bot = new BotFixture();

        await Ask(bot, 1, "Something unknown?");
        var again = await Ask(bot, 2, "Something unknown?");

        Assert.Equal(1, bot.Answerer.Calls);
        Assert.Equal(InteractionOutcome.Declined, again.Outcome);
    }

    [Fact]
    public async Task Askers_of_a_question_being_answered_wait_for_that_answer_instead_of_asking_the_engine_again()
    {
        // A burst: the same question arrives many times before its first answer is back.
        using var bot = new BotFixture();
        using var gate = new ManualResetEventSlim(false);
        bot.Answerer.Gate = gate;

        var first = Ask(bot, user: 1, "When did Musk sue OpenAI?").AsTask();
        Assert.True(await bot.Answerer.WaitEnteredAsync());
        var others = Enumerable.Range(2, 20).Select(u => Ask(bot, (ulong)u, "When did Musk sue OpenAI?").AsTask()).ToArray();
        var otherLanguage = Ask(bot, 99, "When did Musk sue OpenAI?", locale: "zh-TW").AsTask(); // another key: its own call
        Assert.True(await bot.Answerer.WaitEnteredAsync());
        gate.Set();

        var replies = await Task.WhenAll(others.Append(first));
        await otherLanguage;
        Assert.Equal(2, bot.Answerer.Calls);
        Assert.All(replies, r => Assert.Same(replies[^1], r));
        Assert.Equal(InteractionOutcome.Answered, replies[0].Outcome);
    }

    [Fact]
    public async Task A_failure_reaches_every_waiter_and_the_next_asker_tries_again()
    {
        using var bot = new BotFixture();
        using var gate = new ManualResetEventSlim(false);
        bot.Answerer.Gate = gate;

        var first = Ask(bot, 1, "boom?").AsTask();
        Assert.True(await bot.Answerer.WaitEnteredAsync());
        var second = Ask(bot, 2, "boom?").AsTask();
        gate.Set();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Ask(bot, 3, "boom?").AsTask());
        Assert.Equal(2, bot.Answerer.Calls);
    }

    [Fact]
    public async Task Clear_forgets_every_entry()
    {
        // The load harness empties the cache before each timed burst, so each distinct question is computed once in it.
        using var bot = new BotFixture();
        await Ask(bot, 1, "When did Musk sue OpenAI?");

        bot.Get<ReplyCache>().Clear();
        await Ask(bot, 2, "When did Musk sue OpenAI?");

        Assert.Equal(2, bot.Answerer.Calls);
    }

    [Fact]
    public async Task A_reload_makes_every_entry_a_miss()
    {
        using var bot = new BotFixture();
        await Ask(bot, 1, "When did Musk sue OpenAI?");

        var reloaded = new FakeAnswerer(bot.Snapshot.Primary);
        bot.Get<KnowledgeHolder>().Set(new KnowledgeState(bot.Snapshot, reloaded, bot.Time.GetUtcNow()));
        await Ask(bot, 2, "When did Musk sue OpenAI?");

        Assert.Equal(1, bot.Answerer.Calls);
        Assert.Equal(1, reloaded.Calls);
    }

    [Fact]
    public async Task Size_zero_turns_the_cache_off()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:AnswerCacheSize"] = "0" });

        var first = await Ask(bot, 1, "When did Musk sue OpenAI?");
        await Ask(bot, 2, "When did Musk sue OpenAI?");

        Assert.Equal(2, bot.Answerer.Calls);
        Assert.False(first.Reused);
        Assert.Equal(0, bot.Get<ReplyCache>().Count);
    }

    [Fact]
    public async Task The_cache_keeps_at_most_its_capacity()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:AnswerCacheSize"] = "10" });

        for (var i = 0; i < 50; i++) await Ask(bot, (ulong)i, $"Question number {i}?");

        Assert.InRange(bot.Get<ReplyCache>().Count, 1, 10);
    }

    [Fact]
    public async Task Refusals_such_as_the_cooldown_are_never_cached()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:Cooldown:MaxQuestions"] = "1" });

        var answered = await Ask(bot, 7, "When did Musk sue OpenAI?");
        var refused = await Ask(bot, 7, "When did Musk sue OpenAI?");
        var otherUser = await Ask(bot, 8, "When did Musk sue OpenAI?");

        Assert.Equal(InteractionOutcome.Answered, answered.Outcome);
        Assert.Equal(InteractionOutcome.Refused, refused.Outcome);
        Assert.Same(answered, otherUser);
    }

    [Fact]
    public async Task A_cached_answer_is_sent_at_once_even_where_the_engine_would_be_deferred()
    {
        // DeferAfter 0 makes every answer that needs the engine go the slow way (defer, then edit).
        using var bot = new BotFixture(settings: new() { ["Bot:DeferAfter"] = "00:00:00" });
        var responder = bot.Get<InteractionResponder>();

        await responder.HandleAsync(BotFixture.Command(301, "ask", user: 1, options: ("question", "When did Musk sue OpenAI?")), bot.Time.GetTimestamp(), default);
        await responder.HandleAsync(BotFixture.Command(302, "ask", user: 2, options: ("question", "When did Musk sue OpenAI?")), bot.Time.GetTimestamp(), default);

        Assert.Equal([("defer", 301UL), ("edit", 301UL), ("respond", 302UL)], bot.Callbacks.Calls.Select(c => (c.Call, c.Id)));
        Assert.Equal(1, bot.Answerer.Calls);
        var instant = Assert.IsType<BotReply>(bot.Callbacks.Calls.Last().Payload);
        Assert.Equal(InteractionOutcome.Answered, instant.Outcome);
    }

    [Fact]
    public async Task Only_a_cached_ask_is_instant_and_the_cooldown_still_counts()
    {
        using var bot = new BotFixture(settings: new() { ["Bot:Cooldown:MaxQuestions"] = "1" });
        var router = bot.Get<InteractionRouter>();
        var ask = BotFixture.Command(401, "ask", user: 5, options: ("question", "When did Musk sue OpenAI?"));

        Assert.Null(router.TryRouteInstantly(ask)); // not cached yet: the engine must answer
        Assert.Null(router.TryRouteInstantly(BotFixture.Command(402, "sources")));
        Assert.Equal(0, bot.Answerer.Calls);

        var answered = await router.RouteAsync(BotFixture.Command(403, "ask", user: 6, options: ("question", "When did Musk sue OpenAI?")), default);
        var instant = router.TryRouteInstantly(ask);
        var again = router.TryRouteInstantly(ask with { Id = 404 });

        Assert.Same(answered, instant);
        Assert.Equal(InteractionOutcome.Refused, again!.Outcome); // user 5's one question per window is used
        Assert.Equal(1, bot.Answerer.Calls);
    }

    [Fact]
    public void An_empty_question_is_refused_at_once_without_the_engine()
    {
        using var bot = new BotFixture();

        var reply = bot.Get<InteractionRouter>().TryRouteInstantly(BotFixture.Command(501, "ask", options: ("question", "   ")));

        Assert.Equal(InteractionOutcome.Refused, reply!.Outcome);
        Assert.Equal(0, bot.Answerer.Calls);
    }
}
