namespace FeudBot.Bot.Paging;

/// <summary>
/// Which page of which filtered timeline a user is looking at. Everything needed to redraw the page
/// travels in a button's <c>custom_id</c> (<see cref="TimelineCustomId"/>), so pages survive restarts.
/// </summary>
/// <param name="Page">1-based; clamped to the last page when the timeline got shorter.</param>
/// <param name="Year">Only events of this year, or null.</param>
/// <param name="Person">A glossary id (e.g. <c>musk</c>), or null.</param>
/// <param name="Topic">A word the event's text must contain, or null.</param>
public sealed record TimelineQuery(int Page, int? Year = null, string? Person = null, string? Topic = null)
{
    /// <summary>Years the filter accepts: wide enough for any story, narrow enough to reject junk.</summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2199;

    /// <summary>Longest topic kept in a <c>custom_id</c> (also the option's <c>max_length</c>).</summary>
    public const int TopicMaxLength = 40;

    /// <summary>Longest glossary id kept in a <c>custom_id</c>.</summary>
    public const int PersonMaxLength = 32;

    public bool HasFilters => Year is not null || Person is not null || Topic is not null;

    public TimelineQuery WithPage(int page) => this with { Page = page };
}
