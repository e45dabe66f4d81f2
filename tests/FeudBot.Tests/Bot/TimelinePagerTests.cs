using FeudBot.Bot.Paging;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

public sealed class TimelinePagerTests
{
    private readonly TimelinePager _pager = new(new TimelineFilter());

    [Fact]
    public void Cuts_twelve_events_into_three_pages_of_at_most_five()
    {
        var story = TestStories.Story(12);

        var pages = Enumerable.Range(1, 3).Select(p => _pager.GetPage(story, TestStories.Glossary, new TimelineQuery(p))).ToArray();

        Assert.All(pages, p => Assert.Equal(3, p.PageCount));
        Assert.Equal([5, 5, 2], pages.Select(p => p.Events.Count));
        Assert.Equal(story.Events.Select(e => e.Key), pages.SelectMany(p => p.Events).Select(e => e.Key));
        Assert.True(pages[0].IsFirst);
        Assert.True(pages[2].IsLast);
    }

    [Fact]
    public void Clamps_a_page_past_the_end_to_the_last_page()
    {
        var page = _pager.GetPage(TestStories.Story(7), TestStories.Glossary, new TimelineQuery(40));
        Assert.Equal(2, page.Number);
        Assert.Equal(2, page.Events.Count);
    }

    [Fact]
    public void An_empty_result_is_page_one_of_one()
    {
        var page = _pager.GetPage(TestStories.Story(7), TestStories.Glossary, new TimelineQuery(3, Year: 1999));
        Assert.Equal((1, 1, 0), (page.Number, page.PageCount, page.TotalEvents));
        Assert.Empty(page.Events);
    }

    [Fact]
    public void Filters_by_year()
    {
        var page = _pager.GetPage(TestStories.Story(30), TestStories.Glossary, new TimelineQuery(1, Year: 2016));
        Assert.Equal(12, page.TotalEvents);
        Assert.All(page.Events, e => Assert.Equal(2016, e.Date.Year));
    }

    [Fact]
    public void Filters_by_person_through_actor_ids_or_the_text_for_ids_the_glossary_lacks()
    {
        var byActor = _pager.GetPage(TestStories.Story(10), TestStories.Glossary, new TimelineQuery(1, Person: "altman"));
        Assert.Equal(5, byActor.TotalEvents);
        Assert.All(byActor.Events, e => Assert.Contains("altman", e.Actors));

        var story = new Story("s", [],
        [
            TestStories.Event("x", new EventDate(2024), "Interview with Carlson.", "奧特曼接受專訪。", []),
            TestStories.Event("y", new EventDate(2024), "Altman replies.", "奧特曼回應。", []),
        ], null);
        Assert.Equal(["x"], _pager.GetPage(story, TestStories.Glossary, new TimelineQuery(1, Person: "carlson")).Events.Select(e => e.Key));
        // A glossary person is matched by the loader's actor tags, not by loose text search.
        Assert.Equal(0, _pager.GetPage(story, TestStories.Glossary, new TimelineQuery(1, Person: "altman")).TotalEvents);
    }

    [Fact]
    public void Filters_by_topic_in_any_language_ignoring_case_and_width()
    {
        var story = new Story("s", [],
        [
            TestStories.Event("a", new EventDate(2023), "Musk founds xAI.", "馬斯克創立ｘＡＩ。"),
            TestStories.Event("b", new EventDate(2024), "A lawsuit.", "法律訴訟。"),
        ], null);

        Assert.Equal(["a"], _pager.GetPage(story, TestStories.Glossary, new TimelineQuery(1, Topic: "XAI")).Events.Select(e => e.Key));
        Assert.Equal(["b"], _pager.GetPage(story, TestStories.Glossary, new TimelineQuery(1, Topic: "訴訟")).Events.Select(e => e.Key));
    }

    [Theory]
    [InlineData(TimelineAction.First, 3, 5, 1)]
    [InlineData(TimelineAction.Previous, 3, 5, 2)]
    [InlineData(TimelineAction.Previous, 1, 5, 1)]
    [InlineData(TimelineAction.Next, 3, 5, 4)]
    [InlineData(TimelineAction.Next, 5, 5, 5)]
    [InlineData(TimelineAction.Last, 3, 5, 5)]
    public void Navigation_targets(TimelineAction action, int current, int count, int expected) =>
        Assert.Equal(expected, TimelinePager.Target(action, current, count));
}
