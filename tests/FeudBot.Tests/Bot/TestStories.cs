using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

/// <summary>Hand-built stories and events for renderer, pager and filter tests.</summary>
internal static class TestStories
{
    public static SourceSpan Span { get; } = new("knowledge/test.md", 1, 1);

    public static Reference Ref(int n, string? title = null) =>
        new(n, title ?? $"Reference {n}", new Uri($"https://example.com/ref/{n}"), null, Span);

    public static TimelineEvent Event(string key, EventDate date, string en, string zh, IReadOnlyList<string>? actors = null, params int[] refs) =>
        new(key, date, EventKind.Escalation,
            new Dictionary<string, EventText>
            {
                ["en"] = new("en", en.Split('.')[0], en, []),
                ["zh-Hant"] = new("zh-Hant", zh.Split('。')[0], zh, []),
            },
            actors ?? [],
            refs.Select(r => new Citation(Ref(r), 0.9, "test")).ToArray());

    public static Glossary Glossary { get; } = new(
    [
        new GlossaryEntry("musk", "person", new Dictionary<string, string> { ["en"] = "Elon Musk", ["zh-Hant"] = "馬斯克" }, ["Musk", "馬斯克", "马斯克"]),
        new GlossaryEntry("altman", "person", new Dictionary<string, string> { ["en"] = "Sam Altman", ["zh-Hant"] = "奧特曼" }, ["Altman", "奧特曼", "奥特曼"]),
        new GlossaryEntry("openai", "organization", new Dictionary<string, string> { ["en"] = "OpenAI", ["zh-Hant"] = "OpenAI" }, ["OpenAI"]),
    ]);

    /// <summary>A story of <paramref name="count"/> events, one per month from 2015, alternating actors.</summary>
    public static Story Story(int count, int references = 7)
    {
        var events = Enumerable.Range(0, count).Select(i =>
        {
            var date = new EventDate(2015 + i / 12, i % 12 + 1);
            var who = i % 2 == 0 ? "musk" : "altman";
            var zhWho = i % 2 == 0 ? "馬斯克" : "奧特曼";
            return Event($"e{i:D2}", date, $"Event {i} about {who}. It happened.", $"{zhWho}的事件{i}。它發生了。", [who], i % references + 1);
        }).ToArray();
        var refs = Enumerable.Range(1, references).Select(n => Ref(n)).ToArray();
        var note = new Note("knowledge/test.md", "zh-Hant", "測試筆記", new Dictionary<string, object?>(), [], refs, new EventDate(2025, 10), []);
        return new Story("test", [note], events, new EventDate(2025, 10));
    }

    public static KnowledgeSnapshot Snapshot(int count = 12) => new([Story(count)], Glossary, [], "test-version");
}
