using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;

namespace FeudBot.Tests.Bot;

public sealed class HandlerTests
{
    private static BotInteraction Autocomplete(string focused, string typed, string locale = "en-US") =>
        new(1, "t", 9, BotInteractionKind.Autocomplete, 42, locale, "timeline", new Dictionary<string, string> { [focused] = typed }, focused);

    [Fact]
    public void Year_autocomplete_offers_the_years_with_events_matching_what_was_typed()
    {
        using var bot = new BotFixture(TestStories.Snapshot(40));
        var router = bot.Get<InteractionRouter>();

        Assert.Equal(["2015", "2016", "2017", "2018"], router.Route(Autocomplete("year", "")).Choices.Select(c => c.Value));
        Assert.Equal(["2017"], router.Route(Autocomplete("year", "2017")).Choices.Select(c => c.Value));
        Assert.Empty(router.Route(Autocomplete("year", "abc")).Choices);
    }

    [Fact]
    public void Person_autocomplete_names_people_in_the_users_language_and_sends_ids()
    {
        using var bot = new BotFixture();
        var router = bot.Get<InteractionRouter>();

        var all = router.Route(Autocomplete("person", "", "zh-TW"));
        Assert.Equal(BotReplyKind.Choices, all.Kind);
        Assert.Equal([("馬斯克", "musk"), ("奧特曼", "altman"), ("OpenAI", "openai")], all.Choices.Select(c => (c.Name, c.Value)));

        Assert.Equal(["altman"], router.Route(Autocomplete("person", "奧特")).Choices.Select(c => c.Value));
        Assert.Equal(["altman"], router.Route(Autocomplete("person", "ALT")).Choices.Select(c => c.Value));
    }

    [Fact]
    public void Autocomplete_never_offers_more_than_25()
    {
        using var bot = new BotFixture(TestStories.Snapshot(12 * 40));
        Assert.Equal(DiscordLimits.AutocompleteChoices, bot.Get<InteractionRouter>().Route(Autocomplete("year", "")).Choices.Count);
    }

    [Fact]
    public void Timeline_command_reads_its_filters_and_a_typed_name_becomes_an_id()
    {
        using var bot = new BotFixture();
        var reply = bot.Get<InteractionRouter>().Route(BotFixture.Command(1, "timeline", "en-US", 42, ("person", "Sam Altman"), ("year", "2015")));

        var message = reply.Message!;
        Assert.Contains("Filters: year 2015, person Sam Altman", message.Embeds[0].Description, StringComparison.Ordinal);
        var next = (BotButton)message.Components[0].Components[2];
        Assert.True(TimelineCustomId.TryDecode(next.CustomId, out _, out var query));
        Assert.Equal(("altman", 2015), (query.Person, query.Year));
    }

    [Fact]
    public void A_tampered_button_gets_a_polite_private_notice()
    {
        using var bot = new BotFixture();
        var reply = bot.Get<InteractionRouter>().Route(BotFixture.Component(1, "tl1:n:0:::", "zh-CN"));

        Assert.Equal(InteractionOutcome.Refused, reply.Outcome);
        Assert.True(reply.Message!.Ephemeral);
        Assert.Equal("这个时间轴按钮已失效，请重新执行 /时间轴。", reply.Message.Content);
    }

    [Fact]
    public void Choosing_an_event_opens_it_privately_and_an_unknown_one_says_so()
    {
        using var bot = new BotFixture();
        var router = bot.Get<InteractionRouter>();
        var select = TimelineCustomId.Encode(TimelineAction.Select, new TimelineQuery(1));

        var opened = router.Route(BotFixture.Component(1, select, "en-US", 42, "e03"));
        Assert.Equal(BotReplyKind.Message, opened.Kind);
        Assert.True(opened.Message!.Ephemeral);
        Assert.Contains("Event 3 about altman", opened.Message.Embeds[0].Description, StringComparison.Ordinal);

        var gone = router.Route(BotFixture.Component(2, select, "en-US", 42, "nope"));
        Assert.Equal(InteractionOutcome.Refused, gone.Outcome);
    }

    [Fact]
    public void Over_long_questions_are_refused_before_the_engine()
    {
        using var bot = new BotFixture();
        var reply = bot.Get<InteractionRouter>().Route(BotFixture.Command(1, "ask", "en-US", 42, ("question", new string('a', 501))));

        Assert.Equal(InteractionOutcome.Refused, reply.Outcome);
        Assert.Equal(0, bot.Answerer.Calls);
    }

    [Fact]
    public void The_locale_is_passed_to_the_engine_as_a_hint()
    {
        using var bot = new BotFixture();
        bot.Get<InteractionRouter>().Route(BotFixture.Command(1, "ask", "zh-CN", 42, ("question", "马斯克何时起诉OpenAI？")));
        Assert.Equal("zh-Hans", bot.Answerer.Last.Hint);
    }
}
