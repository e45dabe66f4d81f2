using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Paging;

/// <summary>
/// Filters a story's events by year, person and topic and cuts them into pages of
/// <see cref="PageSize"/>. Pure: the same snapshot and query always give the same page.
/// </summary>
public sealed class TimelinePager(TimelineFilter filter)
{
    /// <summary>Events per page. Five keeps a page's embed short and lets one select list them all.</summary>
    public const int PageSize = 5;

    public TimelinePage GetPage(Story story, Glossary glossary, TimelineQuery query)
    {
        var matching = story.Events.Where(e => filter.Matches(e, glossary, query)).ToArray();
        var pageCount = Math.Max(1, (matching.Length + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var events = matching.Skip((page - 1) * PageSize).Take(PageSize).ToArray();
        return new TimelinePage(query.WithPage(page), events, pageCount, matching.Length);
    }

    /// <summary>The page a navigation button leads to from <paramref name="current"/>.</summary>
    public static int Target(TimelineAction action, int current, int pageCount) => action switch
    {
        TimelineAction.First => 1,
        TimelineAction.Previous => Math.Max(1, current - 1),
        TimelineAction.Next => Math.Min(pageCount, current + 1),
        TimelineAction.Last => pageCount,
        _ => Math.Clamp(current, 1, pageCount),
    };
}
