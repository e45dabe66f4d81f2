using FeudBot.Bot.Handlers;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;

namespace FeudBot.Tests.Bot;

/// <summary><c>/summary [year] [topic]</c>: the span's events, the model or the note's own summary, limits, languages.</summary>
public sealed class SummaryCommandTests
{
    private sealed class FakeSpanSummarizer(bool enabled, Func<SpanSummaryRequest, SummaryResult> reply) : IGroundedSummarizer
    {
        public SpanSummaryRequest? Last { get; private set; }

        public bool IsEnabled => enabled;

        public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(ExtractiveFallback.ForAnswer(request.Fallback, FallbackReason.Quota));

        public Task<SummaryResult> SummarizeSpanAsync(SpanSummaryRequest request, CancellationToken cancellationToken)
        {
            Last = request;
            return Task.FromResult(reply(request));
        }
    }

    private static BotInteraction Summary(ulong id, string locale = "en-US", params (string Name, string Value)[] options) =>
        BotFixture.Command(id, CommandNames.Summary, locale, 42, options);

    [Fact]
    public async Task Without_a_model_it_answers_inline_with_every_event_title_and_the_sources()
    {
        using var bot = new BotFixture();

        await bot.Get<InteractionResponder>().HandleAsync(Summary(1), bot.Time.GetTimestamp(), default);

        var (call, _, payload) = Assert.Single(bot.Callbacks.Calls);
        Assert.Equal("respond", call);
        var message = Assert.IsType<BotReply>(payload).Message!;
        Assert.Empty(MessageLimits.Violations(message));
        var embed = message.Embeds[0];
        Assert.Contains("- 2015-01: Event 0 about musk", embed.Description, StringComparison.Ordinal);
        Assert.Contains("- 2015-12: Event 11 about altman", embed.Description, StringComparison.Ordinal);
        Assert.StartsWith("From the knowledge note", embed.Footer, StringComparison.Ordinal);
        Assert.Equal("12", embed.Fields.Single(f => f.Name == "Events").Value);
        Assert.Contains("[1] [Reference 1](https://example.com/ref/1)", embed.Fields.Single(f => f.Name == "Sources").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_without_events_gets_a_clear_private_message_in_the_readers_language()
    {
        using var bot = new BotFixture();
        var router = bot.Get<InteractionRouter>();

        var en = await router.RouteAsync(Summary(2, "en-US", ("year", "2031")), default);
        var zh = await router.RouteAsync(Summary(3, "zh-TW", ("year", "2031")), default);

        Assert.Equal(InteractionOutcome.Declined, en.Outcome);
        Assert.True(en.Message!.Ephemeral);
        Assert.Equal("No events match year 2031, so there is nothing to summarize. Try /summary without a year or topic.", en.Message.Content);
        Assert.Contains("2031", zh.Message!.Content, StringComparison.Ordinal);
        Assert.Contains("/摘要", zh.Message.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_model_it_defers_at_once_and_passes_only_the_years_events_and_the_user()
    {
        var model = new FakeSpanSummarizer(true, r =>
            new(SummaryResult.Llm, r.Language, true, "Things happened in 2016 [3].", r.References.Where(x => x.Number == 3).ToArray()));
        using var bot = new BotFixture(TestStories.Snapshot(30), summarizer: model);

        await bot.Get<InteractionResponder>().HandleAsync(Summary(4, "en-US", ("year", "2016")), bot.Time.GetTimestamp(), default);

        Assert.Equal(["defer", "edit"], bot.Callbacks.Calls.Select(c => c.Call));
        Assert.All(model.Last!.Events, e => Assert.Equal(2016, e.Date.Year));
        Assert.Equal(12, model.Last.Events.Count);
        Assert.Equal((2016, "42"), (model.Last.Year, model.Last.UserId));
        Assert.Empty(model.Last.SummaryPassages); // the note's whole-feud verdict is not a year's summary
        var embed = Assert.IsType<BotMessage>(bot.Callbacks.Calls.Last().Payload).Embeds[0];
        Assert.Contains("Things happened in 2016 [[3]](<https://example.com/ref/3>).", embed.Description, StringComparison.Ordinal);
        Assert.StartsWith("Filters: year 2016", embed.Description, StringComparison.Ordinal);
        Assert.StartsWith("AI-generated summary", embed.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_naming_a_person_in_another_script_finds_their_events_through_the_glossary()
    {
        var model = new FakeSpanSummarizer(true, r => ExtractiveFallback.ForSpan(r, FallbackReason.Timeout));
        using var bot = new BotFixture(summarizer: model);

        await bot.Get<InteractionRouter>().RouteAsync(Summary(5, "zh-CN", ("topic", "马斯克")), default);

        Assert.Equal(6, model.Last!.Events.Count); // 12 events, every other one Musk's
        Assert.All(model.Last.Events, e => Assert.Contains("musk", e.Actors));
        Assert.Equal("马斯克", model.Last.Topic);
    }

    [Fact]
    public async Task A_simplified_chinese_reader_sees_the_traditional_note_in_simplified_characters()
    {
        using var bot = new BotFixture();

        var reply = await bot.Get<InteractionRouter>().RouteAsync(Summary(6, "zh-CN"), default);

        var description = reply.Message!.Embeds[0].Description!;
        Assert.Contains("马斯克的事件0", description, StringComparison.Ordinal);
        Assert.DoesNotContain("馬", description, StringComparison.Ordinal);
        Assert.Contains("资料截至", reply.Message.Embeds[0].Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_used_up_model_quota_serves_the_notes_text_with_a_localized_note()
    {
        var model = new FakeSpanSummarizer(true, r => ExtractiveFallback.ForSpan(r, FallbackReason.Quota));
        using var bot = new BotFixture(summarizer: model);
        var router = bot.Get<InteractionRouter>();

        var summary = await router.RouteAsync(Summary(7, "zh-TW"), default);
        var ask = await router.RouteAsync(BotFixture.Command(8, "ask", "en-US", 42, ("question", "When did Musk sue OpenAI?")), default);

        Assert.EndsWith("你已用完本小時的 AI 措辭額度；這次的回答直接取自筆記。", summary.Message!.Embeds[0].Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("AI 生成", summary.Message.Embeds[0].Footer, StringComparison.Ordinal);
        Assert.EndsWith("this one comes straight from the note.", ask.Message!.Embeds[0].Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_longest_summary_the_store_can_yield_stays_within_discords_limits()
    {
        var longStory = TestStories.Story(400, references: 60);
        var snapshot = new KnowledgeSnapshot([longStory], TestStories.Glossary, [], "long");
        var model = new FakeSpanSummarizer(true, r =>
            new(SummaryResult.Llm, r.Language, true, string.Concat(Enumerable.Repeat("A long sentence [1]. ", 300)), r.References));
        using var plain = new BotFixture(snapshot);
        using var withModel = new BotFixture(snapshot, summarizer: model);

        var extractive = await plain.Get<InteractionRouter>().RouteAsync(Summary(9, "zh-TW"), default);
        var ai = await withModel.Get<InteractionRouter>().RouteAsync(Summary(10, "en-US", ("topic", new string('x', 100))), default);
        var aiAll = await withModel.Get<InteractionRouter>().RouteAsync(Summary(11), default);

        Assert.Empty(MessageLimits.Violations(extractive.Message!));
        Assert.Empty(MessageLimits.Violations(aiAll.Message!));
        Assert.Equal(InteractionOutcome.Declined, ai.Outcome); // 'xxx…' (cut to 40) matches nothing
        Assert.Empty(MessageLimits.Violations(ai.Message!));
    }

    [Fact]
    public async Task Year_autocomplete_works_for_summary_as_for_timeline()
    {
        using var bot = new BotFixture(TestStories.Snapshot(30));
        var typed = new BotInteraction(12, "t", 9, BotInteractionKind.Autocomplete, 42, "en-US", CommandNames.Summary,
            new Dictionary<string, string> { [CommandNames.Year] = "201" }, CommandNames.Year);

        var reply = await bot.Get<InteractionRouter>().RouteAsync(typed, default);

        Assert.Equal(["2015", "2016", "2017"], reply.Choices.Select(c => c.Value));
    }

    [Fact]
    public void The_notes_own_summary_is_its_closing_paragraph_not_a_list_lead_in()
    {
        var story = RepoKnowledge.Snapshot.Primary;

        var en = Assert.Single(SummaryPassages.Of(story.NoteFor("en")));
        var zh = Assert.Single(SummaryPassages.Of(story.NoteFor("zh-Hant")));

        Assert.StartsWith("Overall, Musk has never got over", en.Text, StringComparison.Ordinal);
        Assert.StartsWith("總而言之", zh.Text, StringComparison.Ordinal);
    }
}
