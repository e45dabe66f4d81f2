using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

public sealed class RendererTests
{
    private static readonly Story Story = TestStories.Story(12);

    [Theory]
    [InlineData("en", "Event date", "As of", "Sources", "October 2025")]
    [InlineData("zh-Hant", "事件日期", "資料截至", "來源", "2025年10月")]
    [InlineData("zh-Hans", "事件日期", "资料截至", "来源", "2025年10月")]
    public void An_answer_shows_its_date_as_of_and_sources_in_the_answers_language(string language, string date, string asOf, string sources, string asOfText)
    {
        var e = Story.Events[3];
        var answer = new Answer("When?", language, true, "Text.", QuestionIntent.When, [e], [TestStories.Ref(4, "Axios [report]"), TestStories.Ref(2)], Story.AsOf);

        var embed = new AnswerRenderer(BotText.Instance).Render(answer).Embeds[0];

        Assert.Equal([date, asOf, sources], embed.Fields.Select(f => f.Name));
        Assert.Equal(BotText.Instance.FormatDate(language, e.Date), embed.Fields[0].Value);
        Assert.Equal(asOfText, embed.Fields[1].Value);
        // Numbered, in reference order, as masked links whose brackets cannot break the markup.
        Assert.Equal("[2] [Reference 2](https://example.com/ref/2)\n[4] [Axios \\[report\\]](https://example.com/ref/4)", embed.Fields[2].Value);
        Assert.Contains(asOfText, embed.Footer);
    }

    [Fact]
    public void Sources_list_each_number_once_in_order_and_the_first_reference_given_for_a_number_wins()
    {
        var first = TestStories.Ref(3, "First title");
        var lines = Markdown.SourceLines([TestStories.Ref(5), first, TestStories.Ref(1), TestStories.Ref(3, "Second title"), TestStories.Ref(5)]);

        Assert.Equal("[1] [Reference 1](https://example.com/ref/1)\n[3] [First title](https://example.com/ref/3)\n[5] [Reference 5](https://example.com/ref/5)", lines);
        Assert.Same(Markdown.ReferenceLine(first), Markdown.ReferenceLine(first)); // made once per reference
        Assert.Equal("", Markdown.SourceLines([]));
    }

    [Fact]
    public void A_decline_points_to_the_timeline_once()
    {
        var renderer = new AnswerRenderer(BotText.Instance);
        var plain = renderer.Render(new Answer("q", "en", false, "The note does not cover this.", QuestionIntent.What, [], [], null)).Embeds[0];
        var pointing = renderer.Render(new Answer("q", "en", false, "Not covered; try /timeline.", QuestionIntent.What, [], [], null)).Embeds[0];

        Assert.Equal("Not covered by the note", plain.Title);
        Assert.EndsWith("Browse what the note does cover with /timeline.", plain.Description);
        Assert.Equal("Not covered; try /timeline.", pointing.Description);
        Assert.Equal(EmbedColors.Decline, plain.Color);
    }

    [Fact]
    public void A_middle_timeline_page_has_working_navigation_and_a_select_of_its_events()
    {
        var pager = new TimelinePager(new TimelineFilter());
        var page = pager.GetPage(Story, TestStories.Glossary, new TimelineQuery(2, Person: "musk"));
        var message = new TimelineRenderer(BotText.Instance, new DisplayText()).Render(page, Story, TestStories.Glossary, "en");

        Assert.Equal("Page 2 of 2 · 6 events", message.Embeds[0].Footer);
        Assert.StartsWith("Filters: person Elon Musk", message.Embeds[0].Description);
        var buttons = message.Components[0].Components.Cast<BotButton>().ToArray();
        Assert.Equal(["First", "Previous", "Next", "Last"], buttons.Select(b => b.Label));
        Assert.Equal([false, false, true, true], buttons.Select(b => b.Disabled));
        var targets = buttons.Select(b => TimelineCustomId.TryDecode(b.CustomId, out _, out var q) ? q : null).ToArray();
        Assert.Equal([1, 1, 2, 2], targets.Select(q => q!.Page));
        Assert.All(targets, q => Assert.Equal("musk", q!.Person));

        var select = Assert.IsType<BotSelect>(Assert.Single(message.Components[1].Components));
        Assert.Equal(page.Events.Select(e => e.Key), select.Options.Select(o => o.Value));
        Assert.All(select.Options, o => Assert.Contains(" · ", o.Label, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_timeline_says_so_and_offers_no_buttons()
    {
        var page = new TimelinePager(new TimelineFilter()).GetPage(Story, TestStories.Glossary, new TimelineQuery(1, Year: 1999));
        var message = new TimelineRenderer(BotText.Instance, new DisplayText()).Render(page, Story, TestStories.Glossary, "zh-Hant");

        Assert.Empty(message.Components);
        Assert.Contains("沒有符合篩選條件的事件", message.Embeds[0].Description, StringComparison.Ordinal);
        Assert.Equal("第 1 頁，共 1 頁 · 0 則事件", message.Embeds[0].Footer);
    }

    [Fact]
    public void Simplified_readers_see_the_traditional_note_converted_for_display()
    {
        var display = new DisplayText(s => s.Replace("馬", "马", StringComparison.Ordinal));
        var page = new TimelinePager(new TimelineFilter()).GetPage(Story, TestStories.Glossary, new TimelineQuery(1));
        var message = new TimelineRenderer(BotText.Instance, display).Render(page, Story, TestStories.Glossary, "zh-Hans");

        Assert.Contains("马斯克的事件0", message.Embeds[0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("馬", message.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_detail_is_private_with_its_full_text_and_sources()
    {
        var display = new DisplayText();
        var e = Story.Events[1];
        var message = new EventDetailRenderer(BotText.Instance, display, new TimelineRenderer(BotText.Instance, display)).Render(e, Story, "zh-Hant");

        Assert.True(message.Ephemeral);
        Assert.Equal(e.TextFor("zh-Hant").Text, message.Embeds[0].Description);
        Assert.Contains("[2] [Reference 2](https://example.com/ref/2)", message.Embeds[0].Fields.Last().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void About_reports_the_note_events_languages_version_and_load_time()
    {
        var snapshot = new KnowledgeSnapshot([Story], TestStories.Glossary, [], "abcdef0123456789");
        var embed = new AboutRenderer(BotText.Instance, new DisplayText()).Render(new AboutInfo(snapshot, DateTimeOffset.FromUnixTimeSeconds(1_700_000_000), "0.1.0"), "en").Embeds[0];
        var fields = embed.Fields.ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal("測試筆記", fields["Note"]);
        Assert.Equal("October 2025", fields["As of"]);
        Assert.Equal("12", fields["Events"]);
        Assert.Equal("Traditional Chinese, Simplified Chinese, English", fields["Languages"]);
        Assert.Equal("0.1.0", fields["Version"]);
        Assert.Equal("<t:1700000000:f>", fields["Knowledge loaded"]);
        Assert.Equal("abcdef012345", fields["Snapshot"]);
    }
}
