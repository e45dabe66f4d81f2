using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Our own small notes in other shapes and languages (tests/FeudBot.Knowledge.Tests/Notes).</summary>
public class SmallNotesTests
{
    [Fact]
    public void Simplified_chinese_with_plain_labels_and_inherited_years()
    {
        var note = TestKnowledge.TestNote("simplified.zh-Hans.md");
        Assert.Equal("zh-Hans", note.Language);
        Assert.Equal(["2015", "2019", "2024", "2024-02", "2024-08", "2025-02", "now"], TestKnowledge.Keys(note));
        Assert.True(TestKnowledge.Event(note, "2019").Date.Approximate);
        Assert.Equal("马斯克起诉OpenAI", TestKnowledge.Event(note, "2024").Title);
        Assert.Equal(EventKind.PresentState, TestKnowledge.Event(note, "now").Kind);
        Assert.Equal(new EventDate(2025, 10), note.AsOf);
        Assert.Equal("大约2019年，两人开始疏远。", TestKnowledge.Event(note, "2019").Text);
        Assert.Equal(new EventDate(2024, 2, 29), note.References.Single().UrlDate);
        Assert.Equal("test", note.FrontMatter["source"]);
    }

    [Fact]
    public void Japanese_with_goro_and_koro()
    {
        var note = TestKnowledge.TestNote("japanese.ja.md");
        Assert.Equal("ja", note.Language);
        Assert.Equal(["2015", "2018", "2023-02", "2024-03-01", "now"], TestKnowledge.Keys(note));
        Assert.True(TestKnowledge.Event(note, "2018").Date.Approximate);
        Assert.True(TestKnowledge.Event(note, "2023-02").Date.Approximate);
        Assert.Equal(DatePrecision.Day, TestKnowledge.Event(note, "2024-03-01").Date.Precision);
        Assert.Equal(new EventDate(2024, 3, 1), note.References.Single().UrlDate);
    }

    [Fact]
    public void English_month_names_abbreviations_and_heading_years()
    {
        var note = TestKnowledge.TestNote("english-months.en.md");
        Assert.Equal(["2025-02", "2025-09-25", "2025-08", "2024-03", "2018", "now"], TestKnowledge.Keys(note));
        Assert.True(TestKnowledge.Event(note, "2018").Date.Approximate);
        Assert.Equal("XAI sued OpenAI over trade secrets", TestKnowledge.Event(note, "2025-09-25").Title.Replace("xAI", "XAI", StringComparison.Ordinal));
        Assert.Equal(new EventDate(2025, 10), note.AsOf);
        Assert.Equal("As of October 2025, the two men rarely talk.", TestKnowledge.Event(note, "now").Text);
    }

    [Fact]
    public void Full_width_digits_and_colons_with_language_from_script()
    {
        var note = TestKnowledge.TestNote("fullwidth.md");
        Assert.Equal("zh-Hant", note.Language);
        Assert.Equal(["2022", "2023-03", "2024-11-15", "now"], TestKnowledge.Keys(note));
        Assert.Equal("馬斯克批評OpenAI的發展方向", TestKnowledge.Event(note, "2022").Title);
        Assert.Equal("xAI開始招募人才", TestKnowledge.Event(note, "2023-03").Title);
        Assert.Equal(new EventDate(2025, 10), note.AsOf);
    }

    [Fact]
    public void Nested_bullets_inherit_years_and_undated_children_join_their_parent()
    {
        var note = TestKnowledge.TestNote("nested.en.md");
        Assert.Equal("en", note.Language);
        Assert.Equal(["2024-03", "2024-06", "2025"], TestKnowledge.Keys(note));
        var march = TestKnowledge.Event(note, "2024-03");
        Assert.Equal("Musk sued OpenAI in a California court.\nThe suit named Altman as a defendant.", march.Text);
        Assert.Equal(2, march.PassageIds.Count);
        Assert.Contains("An undated detail", TestKnowledge.Event(note, "2025").Text);
        Assert.Null(note.AsOf);
        Assert.Equal("kept", note.FrontMatter["extra_key"]);
        Assert.IsType<List<object>>(note.FrontMatter["tags"]);
    }

    [Fact]
    public void Day_precise_iso_dates_and_no_references()
    {
        var note = TestKnowledge.TestNote("no-references.en.md");
        Assert.Equal(["2025-02-14", "2025-02-10", "2015"], TestKnowledge.Keys(note));
        Assert.Equal(new EventDate(2025, 2, 14), TestKnowledge.Event(note, "2025-02-14").Date);
        Assert.Empty(note.References);
        var story = TestKnowledge.Memory(("n.md", File.ReadAllText(Path.Combine(RepoPaths.TestNotes, "no-references.en.md")))).Snapshot!.Primary;
        Assert.Equal(["2015", "2025-02-10", "2025-02-14"], story.Events.Select(e => e.Key));
        Assert.All(story.Events, e => Assert.Empty(e.Citations));
    }

    [Fact]
    public void Two_events_of_one_date_get_ordinal_keys()
    {
        var result = TestKnowledge.Memory(("a.md", "---\ntitle: t\nlang: hant\n---\n\n- 2025年8月：甲。\n- 2025年8月：乙。\n- 2025年8月：丙。\n"));
        Assert.Equal(["2025-08", "2025-08.2", "2025-08.3"], result.Snapshot!.Primary.Events.Select(e => e.Key));
    }

    [Fact]
    public void Explicit_keys_are_used()
    {
        var result = TestKnowledge.Memory(("a.md", "---\ntitle: t\nlang: en\n---\n\n- August 2025: Apple fight. {#apple-fight}\n"));
        var e = Assert.Single(result.Snapshot!.Primary.Events);
        Assert.Equal("apple-fight", e.Key);
        Assert.Equal("Apple fight.", e.TextFor("en").Text);
    }
}
