using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;
using FeudBot.Llm;

namespace FeudBot.Tests.Bot;

/// <summary>/ask with the optional language model (issue 6) wired in: defer at once, link citations, say it is AI.</summary>
public sealed class ModelAnswerTests
{
    private sealed class FakeSummarizer(bool enabled, Func<SummaryRequest, SummaryResult> answer) : IGroundedSummarizer
    {
        public int Calls;

        public SummaryRequest? Last { get; private set; }

        public bool IsEnabled => enabled;

        public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            Last = request;
            return Task.FromResult(answer(request));
        }

        public Task<SummaryResult> SummarizeSpanAsync(SpanSummaryRequest request, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }

    private static SummaryResult ModelText(SummaryRequest r) =>
        new(SummaryResult.Llm, r.Language, true, "Musk sued OpenAI in 2024 [2].", r.References.Where(x => x.Number == 2).ToArray());

    [Fact]
    public async Task With_a_model_ask_defers_at_once_and_shows_linked_ai_text()
    {
        var model = new FakeSummarizer(true, ModelText);
        using var bot = new BotFixture(summarizer: model);

        await bot.Get<InteractionResponder>().HandleAsync(BotFixture.Command(1, "ask", "en-US", 42, ("question", "When did Musk sue OpenAI?")), bot.Time.GetTimestamp(), default);

        Assert.Equal(["defer", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
        var embed = Assert.IsType<BotMessage>(bot.Callbacks.Calls.Last().Payload).Embeds[0];
        Assert.Equal("Musk sued OpenAI in 2024 [[2]](<https://example.com/ref/2>).", embed.Description);
        Assert.StartsWith("AI-generated summary, checked against the note", embed.Footer, StringComparison.Ordinal);
        Assert.Equal("[2] [Reference 2](https://example.com/ref/2)", embed.Fields.Last().Value);
        Assert.Equal(("en", "42"), (model.Last!.Language, model.Last.UserId));
    }

    [Fact]
    public async Task A_model_fallback_shows_the_extractive_answer_without_the_ai_label()
    {
        var model = new FakeSummarizer(true, r => ExtractiveFallback.ForAnswer(r.Fallback, FallbackReason.Timeout));
        using var bot = new BotFixture(summarizer: model);

        var reply = await bot.Get<InteractionRouter>().RouteAsync(BotFixture.Command(2, "ask", "en-US", 42, ("question", "When?")), default);

        Assert.Equal("Musk sued OpenAI in 2024.", reply.Message!.Embeds[0].Description);
        Assert.StartsWith("From the knowledge note", reply.Message.Embeds[0].Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declines_never_reach_the_model()
    {
        var model = new FakeSummarizer(true, ModelText);
        using var bot = new BotFixture(summarizer: model);

        var reply = await bot.Get<InteractionRouter>().RouteAsync(BotFixture.Command(3, "ask", "en-US", 42, ("question", "unknown thing?")), default);

        Assert.Equal(InteractionOutcome.Declined, reply.Outcome);
        Assert.Equal(0, model.Calls);
    }

    [Fact]
    public async Task Mentions_get_the_model_answer_too()
    {
        var model = new FakeSummarizer(true, ModelText);
        using var bot = new BotFixture(summarizer: model);

        await bot.Get<MentionResponder>().HandleAsync(new BotMention(5, 6, null, 42, false, "When did Musk sue OpenAI?", []), 555, bot.Time.GetTimestamp(), default);

        Assert.Equal(1, model.Calls);
        Assert.Contains("[[2]]", Assert.IsType<BotMessage>(Assert.Single(bot.Callbacks.Calls).Payload).Embeds[0].Description, StringComparison.Ordinal);
    }
}
