using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

/// <summary>
/// Every renderer, fed the longest content a store can hold (texts far over every limit, many and long
/// references, long keys and titles, markup characters), stays within every Discord limit in every
/// language. The real note's content is checked end to end in the knowledge-backed renderer test.
/// </summary>
public sealed class RendererLimitsTests
{
    private static readonly string Huge = string.Concat(Enumerable.Repeat(
        "馬斯克對OpenAI與奧特曼提起訴訟，指控其違反創立協議。 Musk sued OpenAI and Altman, alleging a breach of the founding agreement. [see](https://example.com/a_(b)) **bold** <@123> @everyone\n", 200));

    public static TheoryData<string> Languages => new(ReplyLanguage.All);

    private static Story HugeStory()
    {
        var refs = Enumerable.Range(1, 60).Select(n => new Reference(n, new string('題', 300) + "[x]",
            new Uri($"https://example.com/{new string('p', 400)}/{n}"), null, TestStories.Span)).ToArray();
        var events = Enumerable.Range(0, 23).Select(i => new TimelineEvent(
            new string('k', 150) + i, new EventDate(2025, i % 12 + 1, i % 28 + 1, Approximate: true), EventKind.Escalation,
            new Dictionary<string, EventText>
            {
                ["zh-Hant"] = new("zh-Hant", new string('標', 400) + i, Huge, []),
                ["en"] = new("en", new string('T', 400) + i, Huge, []),
            },
            ["musk"],
            refs.Select(r => new Citation(r, 0.5, "test")).ToArray())).ToArray();
        var note = new Note("n.md", "zh-Hant", new string('筆', 500), new Dictionary<string, object?>(), [], refs, new EventDate(2025, 10), []);
        return new Story("huge", [note], events, new EventDate(2025, 10));
    }

    private static void AssertWithinLimits(BotMessage message)
    {
        var problems = MessageLimits.Violations(message);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Answers_and_declines_fit(string language)
    {
        var story = HugeStory();
        var renderer = new AnswerRenderer(BotText.Instance);
        var question = string.Concat(Enumerable.Repeat("*_`|[]>#", 63)) + "????";
        foreach (var answered in new[] { true, false })
        {
            var answer = new Answer(question, language, answered, Huge, QuestionIntent.Span, story.Events,
                story.Notes[0].References, story.AsOf);
            var message = renderer.Render(answer);
            AssertWithinLimits(message);
            Assert.False(message.Embeds[0].Description!.EndsWith("](", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_timeline_page_with_every_filter_fits(string language)
    {
        var story = HugeStory();
        var display = new DisplayText();
        var renderer = new TimelineRenderer(BotText.Instance, display);
        var pager = new TimelinePager(new TimelineFilter());
        var query = new TimelineQuery(1, 2025, "musk", new string('話', 40));
        var first = pager.GetPage(story, TestStories.Glossary, query with { Topic = null });
        for (var p = 1; p <= first.PageCount; p++)
        {
            var page = pager.GetPage(story, TestStories.Glossary, query with { Page = p, Topic = p == 1 ? query.Topic : null });
            AssertWithinLimits(renderer.Render(page, story, TestStories.Glossary, language));
        }

        Assert.Equal(5, first.PageCount);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Event_details_sources_and_about_fit(string language)
    {
        var story = HugeStory();
        var display = new DisplayText();
        var timeline = new TimelineRenderer(BotText.Instance, display);
        var detail = new EventDetailRenderer(BotText.Instance, display, timeline);
        foreach (var e in story.Events) AssertWithinLimits(detail.Render(e, story, language));

        AssertWithinLimits(new SourcesRenderer(BotText.Instance, display).Render(story, language));
        var snapshot = new KnowledgeSnapshot([story], TestStories.Glossary, [], new string('v', 64));
        AssertWithinLimits(new AboutRenderer(BotText.Instance, display).Render(new AboutInfo(snapshot, DateTimeOffset.UnixEpoch, new string('9', 300)), language));
    }

    [Fact]
    public void The_checker_itself_catches_each_kind_of_violation()
    {
        var tooMany = Enumerable.Range(0, 26).Select(i => new BotEmbedField("n" + i, "v")).ToArray();
        var bad = new BotMessage(new string('c', 2001),
            [new BotEmbed(new string('t', 257), new string('d', 4097), tooMany, new string('f', 2049))],
            Enumerable.Range(0, 6).Select(i => new BotActionRow([new BotButton("same", "x", BotButtonStyle.Primary)])).ToArray());

        var problems = MessageLimits.Violations(bad);

        Assert.Contains(problems, p => p.Contains("content", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("title", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("description", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("footer", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("25 fields", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("6000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("5 action rows", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("used twice", StringComparison.Ordinal));
    }
}
