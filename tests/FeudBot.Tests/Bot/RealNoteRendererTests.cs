using FeudBot.Bot.Localization;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Tests.Bot;

/// <summary>
/// The real note through every renderer, in every language: every timeline page (with and without each
/// year and person filter), every event opened alone, an answer resting on every event with every
/// reference, /sources and /about. All must fit Discord's limits.
/// </summary>
public sealed class RealNoteRendererTests
{
    public static TheoryData<string> Languages => new(ReplyLanguage.All);

    private static readonly DisplayText Display = new(SimplifiedDisplay.ToSimplified);

    private static void AssertFits(BotMessage message, string what)
    {
        var problems = MessageLimits.Violations(message);
        Assert.True(problems.Count == 0, what + ": " + string.Join("; ", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Everything_the_store_can_yield_fits_discords_limits(string language)
    {
        var snapshot = RepoKnowledge.Snapshot;
        var story = snapshot.Primary;
        Assert.NotEmpty(story.Events);
        var timeline = new TimelineRenderer(BotText.Instance, Display);
        var pager = new TimelinePager(new TimelineFilter(TextNormalizer.Normalize));

        var filters = new List<TimelineQuery> { new(1) };
        filters.AddRange(story.Events.Select(e => e.Date.Year).Distinct().Select(y => new TimelineQuery(1, Year: y)));
        filters.AddRange(snapshot.Glossary.Entries.Where(g => g.Id.Length <= 32).Select(g => new TimelineQuery(1, Person: g.Id)));
        var pages = 0;
        foreach (var filter in filters)
        {
            var count = pager.GetPage(story, snapshot.Glossary, filter).PageCount;
            for (var p = 1; p <= count; p++, pages++)
            {
                var page = pager.GetPage(story, snapshot.Glossary, filter with { Page = p });
                Assert.InRange(page.Events.Count, 0, TimelinePager.PageSize);
                AssertFits(timeline.Render(page, story, snapshot.Glossary, language), $"page {p} of {filter}");
            }
        }

        Assert.True(pages > filters.Count / 2);
        var detail = new EventDetailRenderer(BotText.Instance, Display, timeline);
        foreach (var e in story.Events) AssertFits(detail.Render(e, story, language), "event " + e.Key);

        var allText = string.Join("\n", story.Events.Select(e => Display.Event(e, language).Text));
        var everything = new Answer(new string('?', 500), language, true, allText, QuestionIntent.Span, story.Events,
            Display.References(story, language), story.AsOf);
        AssertFits(new AnswerRenderer(BotText.Instance).Render(everything), "answer");
        AssertFits(new SourcesRenderer(BotText.Instance, Display).Render(story, language), "sources");
        AssertFits(new AboutRenderer(BotText.Instance, Display).Render(new AboutInfo(snapshot, DateTimeOffset.UnixEpoch, "0.1.0"), language), "about");
    }

    [Fact]
    public void Simplified_readers_get_simplified_characters_and_english_readers_the_english_note()
    {
        var story = RepoKnowledge.Snapshot.Primary;
        var page = new TimelinePager(new TimelineFilter()).GetPage(story, RepoKnowledge.Snapshot.Glossary, new TimelineQuery(1));
        var renderer = new TimelineRenderer(BotText.Instance, Display);

        var hans = renderer.Render(page, story, RepoKnowledge.Snapshot.Glossary, "zh-Hans").Embeds[0].Description!;
        var en = renderer.Render(page, story, RepoKnowledge.Snapshot.Glossary, "en").Embeds[0].Description!;

        Assert.DoesNotContain("馬斯克", hans, StringComparison.Ordinal);
        Assert.Contains("马斯克", hans, StringComparison.Ordinal);
        Assert.Contains("Musk", en, StringComparison.Ordinal);
    }
}
