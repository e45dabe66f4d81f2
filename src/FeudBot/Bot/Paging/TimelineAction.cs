namespace FeudBot.Bot.Paging;

/// <summary>
/// What a timeline component does. Part of its <c>custom_id</c>: Discord requires custom ids to be
/// unique within a message, and First/Previous can point at the same page.
/// </summary>
public enum TimelineAction
{
    First,
    Previous,
    Next,
    Last,

    /// <summary>The string select that opens one event of the page.</summary>
    Select,
}
