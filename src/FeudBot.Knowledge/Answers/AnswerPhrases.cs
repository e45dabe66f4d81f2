using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// The fixed words of answers and declines, per language. Kept in code rather than generated so that a
/// decline always says the same honest thing (qa-anchors §5: fixed UI text, not model text).
/// </summary>
public static class AnswerPhrases
{
    /// <summary>"As of October 2025, according to the note: " in the answer's language.</summary>
    public static string AsOf(EventDate asOf, string language) => language switch
    {
        "en" => $"As of {DateLabels.Format(asOf, "en")}, according to the note: ",
        "zh-Hans" => $"截至{DateLabels.Format(asOf, language)}，根据笔记：",
        _ => $"截至{DateLabels.Format(asOf, language)}，根據筆記：",
    };

    /// <summary>The prefix that dates an answer: "February 2025: " / "2025年2月：".</summary>
    public static string Dated(EventDate date, string language) =>
        language == "en" ? DateLabels.Format(date, language) + ": " : DateLabels.Format(date, language) + "：";

    /// <summary>The first line of a span answer: what the note records for the span.</summary>
    public static string SpanHeader(string? span, string language) => (language, span) switch
    {
        ("en", null) => "The note records these events, in order:",
        ("en", _) => $"The note records these events for {span}, in order:",
        ("zh-Hans", null) => "笔记按时间记载了这些事件：",
        ("zh-Hans", _) => $"笔记记载的{span}事件，依时间顺序：",
        (_, null) => "筆記按時間記載了這些事件：",
        _ => $"筆記記載的{span}事件，依時間順序：",
    };

    /// <summary>
    /// The decline: the note does not cover the question, what it does cover (its title, how many events,
    /// from when to when) and a pointer to /timeline.
    /// </summary>
    public static string Decline(string language, string title, int events, EventDate? first, EventDate? asOf)
    {
        var from = first is { } f ? DateLabels.Format(f with { Month = null, Day = null, Approximate = false }, language) : "";
        var to = asOf is { } a ? DateLabels.Format(a, language) : "";
        return language switch
        {
            "en" => $"The note doesn't cover that. It covers \"{title}\": {events} events from {from} to {to}. " +
                    "Use /timeline to see everything it records.",
            "zh-Hans" => $"笔记没有涵盖这个问题。笔记涵盖「{title}」：从{from}到{to}的{events}个事件。请用 /timeline 查看完整时间轴。",
            _ => $"筆記沒有涵蓋這個問題。筆記涵蓋「{title}」：從{from}到{to}的{events}個事件。請用 /timeline 查看完整時間軸。",
        };
    }
}
