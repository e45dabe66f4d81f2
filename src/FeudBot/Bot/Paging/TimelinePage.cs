using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Paging;

/// <summary>One page of a filtered timeline.</summary>
/// <param name="Query">The query with its page clamped to 1..<see cref="PageCount"/>.</param>
/// <param name="Events">The events of this page, in date order (at most <see cref="TimelinePager.PageSize"/>).</param>
/// <param name="PageCount">At least 1, even for an empty result, so "page 1 of 1" reads naturally.</param>
/// <param name="TotalEvents">How many events match the filters.</param>
public sealed record TimelinePage(TimelineQuery Query, IReadOnlyList<TimelineEvent> Events, int PageCount, int TotalEvents)
{
    public int Number => Query.Page;

    public bool IsFirst => Number <= 1;

    public bool IsLast => Number >= PageCount;
}
