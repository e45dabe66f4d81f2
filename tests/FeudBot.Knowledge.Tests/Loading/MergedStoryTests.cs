using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>The knowledge folder as one story in two languages, with citations.</summary>
public class MergedStoryTests
{
    private static Story Story => TestKnowledge.Real.Primary;

    [Fact]
    public void Translations_form_one_story_with_both_languages_per_event()
    {
        Assert.Single(TestKnowledge.Real.Stories);
        Assert.Equal("musk-altman-feud", Story.Id);
        Assert.Equal(["zh-Hant", "en"], Story.Languages);
        Assert.Equal(["2015", "2018", "2023", "2024", "2025-02", "2025-08", "2025-09", "now"], Story.Events.Select(e => e.Key));
        Assert.All(Story.Events, e => Assert.Equal(["en", "zh-Hant"], e.Texts.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal(new EventDate(2025, 10), Story.AsOf);
        Assert.Empty(TestKnowledge.Real.Warnings);
    }

    [Fact]
    public void Event_text_per_language_quotes_its_own_note()
    {
        var bid = Story.Events.Single(e => e.Key == "2025-02");
        Assert.Contains("974億美元", bid.TextFor("zh-Hant").Text);
        Assert.Contains("$97.4 billion", bid.TextFor("en").Text);
        Assert.Equal("musk-altman-feud.en.md", Path.GetFileName(bid.TextFor("en").Passages.Single().Source.File));
        Assert.Equal("zh-Hant", bid.TextFor("ja").Language);
    }

    [Fact]
    public void Citations_follow_url_dates_and_titles()
    {
        Cites("2025-09", first: 4);
        Cites("2025-08", 7, 3, 6);
        Cites("now", first: 5);
        // Nothing dated or titled backs the early events: the undated general references do, weakly.
        var founding = Story.Events.Single(e => e.Key == "2015");
        Assert.Equal([1, 2], founding.Citations.Select(c => c.Reference.Number));
        Assert.All(founding.Citations, c => Assert.True(c.Confidence < 0.2));
        var trade = Story.Events.Single(e => e.Key == "2025-09").Citations[0];
        Assert.Contains("2025-09-25", trade.Reason);
        Assert.True(trade.Confidence > 0.9);
        Assert.All(Story.Events, e => Assert.NotEmpty(e.Citations));
    }

    [Fact]
    public void References_are_available_per_language()
    {
        Assert.Equal(7, Story.ReferencesFor("en").Count);
        Assert.Equal(7, Story.ReferencesFor("zh-Hans").Count);
        var cited = Story.Events.Single(e => e.Key == "2025-09").Citations[0].Reference;
        Assert.Equal("Elon Musk's xAI accuses OpenAI of stealing trade secrets", Story.ReferenceFor(cited, "en").Title);
    }

    [Fact]
    public void Version_is_a_content_hash()
    {
        var a = TestKnowledge.Memory(("a.md", Note("2024年：甲。")));
        var b = TestKnowledge.Memory(("a.md", Note("2024年：甲。")));
        var c = TestKnowledge.Memory(("a.md", Note("2024年：乙。")));
        Assert.Equal(a.Snapshot!.Version, b.Snapshot!.Version);
        Assert.NotEqual(a.Snapshot.Version, c.Snapshot!.Version);
        Assert.Equal(KnowledgeLoader.LoadDirectory(RepoPaths.Knowledge).Snapshot!.Version, TestKnowledge.Real.Version);
    }

    [Fact]
    public void Urls_match_across_notes_despite_case_and_trailing_slash()
    {
        var zh = "---\ntitle: 甲\nlang: hant\n---\n\n- 2024年：甲事。\n\n## 參考資料\n- [甲](https://Example.com/a/)\n";
        var en = "---\ntitle: A\nlang: en\n---\n\n- 2024: Event A.\n\n## References\n- [A](HTTPS://example.com/a)\n";
        var result = TestKnowledge.Memory(("s.zh-Hant.md", zh), ("s.en.md", en));
        var story = Assert.Single(result.Snapshot!.Stories);
        Assert.Equal("s", story.Id);
        Assert.Equal(2, story.Events.Single().Texts.Count);
    }

    private static void Cites(string key, params int[] numbers) =>
        Assert.Equal(numbers, Story.Events.Single(e => e.Key == key).Citations.Select(c => c.Reference.Number).Take(numbers.Length));

    private static void Cites(string key, int first) =>
        Assert.Equal(first, Story.Events.Single(e => e.Key == key).Citations[0].Reference.Number);

    private static string Note(string item) => $"---\ntitle: t\nlang: hant\n---\n\n- {item}\n";
}
