using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Moves along the story's dated events for questions about order: what came after or before an event
/// ("what happened after the bid was rejected", 訴訟之後發生了什麼) and which event is the latest or first
/// ("the most recent clash", 最早的事件). The present-state summary is not a step of the timeline.
/// </summary>
internal static class TimelineSteps
{
    /// <summary>The dated event <paramref name="step"/> places after (+1) or before (-1) <paramref name="anchor"/>, or null at either end.</summary>
    public static TimelineEvent? From(IEnumerable<TimelineEvent> events, TimelineEvent anchor, int step)
    {
        var dated = Dated(events).ToList();
        var at = dated.FindIndex(e => e.Key == anchor.Key);
        var to = at + step;
        return at < 0 || step == 0 || to < 0 || to >= dated.Count ? null : dated[to];
    }

    /// <summary>The latest (+1) or first (-1) dated event among <paramref name="events"/>, or null.</summary>
    public static TimelineEvent? Extreme(IEnumerable<TimelineEvent> events, int direction)
    {
        var dated = Dated(events).ToList();
        return dated.Count == 0 || direction == 0 ? null : direction > 0 ? dated[^1] : dated[0];
    }

    private static IEnumerable<TimelineEvent> Dated(IEnumerable<TimelineEvent> events) =>
        events.Where(e => e.Kind != EventKind.PresentState).OrderBy(e => e.Date);
}
