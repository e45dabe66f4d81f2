using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Golden tests on knowledge/musk-altman-feud.zh-Hant.md (the seed note).</summary>
public class OriginalNoteTests
{
    private static Note Note => TestKnowledge.RealNote("zh-Hant");

    [Fact]
    public void Has_exactly_the_events_of_the_note_with_their_dates_and_kinds()
    {
        var events = Note.Events.Select(e => (e.Key, e.Date.ToString(), e.Kind)).ToArray();
        Assert.Equal(
        [
            ("2015", "2015", EventKind.Statement),
            ("2018", "~2018", EventKind.Statement),
            ("2023", "2023", EventKind.Escalation),
            ("2024", "2024", EventKind.Escalation),
            ("2025-02", "2025-02", EventKind.Escalation),
            ("2025-08", "2025-08", EventKind.Escalation),
            ("2025-09", "2025-09", EventKind.Escalation),
            ("now", "2025-10", EventKind.PresentState),
        ], events);
    }

    [Fact]
    public void Reads_front_matter_language_title_and_as_of()
    {
        Assert.Equal("zh-Hant", Note.Language);
        Assert.Equal("馬斯克與奧特曼的AI紛爭", Note.Title);
        Assert.Equal("x-ai/grok-4-fast:free", Note.FrontMatter["model"]);
        Assert.Equal(new EventDate(2025, 10), Note.AsOf);
    }

    [Fact]
    public void Event_texts_titles_and_lines_come_from_the_note()
    {
        var bid = TestKnowledge.Event(Note, "2025-02");
        Assert.Equal("馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕。", bid.Text);
        Assert.Equal("馬斯克試圖以974億美元收購OpenAI", bid.Title);
        Assert.Equal(27, bid.Source.StartLine);
        Assert.Equal("馬斯克創立xAI與推出Grok", TestKnowledge.Event(Note, "2023").Title);
        Assert.Equal("法律訴訟", TestKnowledge.Event(Note, "2024").Title);
        Assert.Contains("「詐騙奧特曼」", TestKnowledge.Event(Note, "2025-08").Text);
        Assert.Contains("商業機密", TestKnowledge.Event(Note, "2025-09").Text);
        Assert.StartsWith("2015年，他們共同創辦了OpenAI", TestKnowledge.Event(Note, "2015").Text);
        Assert.StartsWith("關係在2018年左右開始惡化，當時馬斯克辭去了董事會職務。", TestKnowledge.Event(Note, "2018").Text);
    }

    [Fact]
    public void Present_state_keeps_the_present_day_and_closing_paragraphs()
    {
        var now = TestKnowledge.Event(Note, "now");
        Assert.Equal((19, 33), (now.Source.StartLine, now.Source.EndLine));
        foreach (var phrase in new[] { "小指頭", "塔克・卡爾森", "人類的瑰寶", "極少交談", "短期內未見和解跡象" })
            Assert.Contains(phrase, now.Text);
        var passages = now.PassageIds.Select(id => Note.Passages.Single(p => p.Id == id)).ToArray();
        Assert.Equal([19, 31, 33], passages.Select(p => p.Source.StartLine));
    }

    [Fact]
    public void Passages_carry_heading_path_and_lines()
    {
        var bid = Note.Passages.Single(p => p.Text.Contains("馬斯克試圖以974億美元", StringComparison.Ordinal));
        Assert.Equal("2月：馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕。", bid.Text);
        Assert.Equal(["伊隆・馬斯克與山姆・奧特曼的關係：從共同創辦人到全面決裂", "紛爭關鍵升級點"], bid.HeadingPath);
        Assert.Equal(27, bid.Source.StartLine);
        Assert.DoesNotContain(Note.Passages, p => p.Text.Contains("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void References_have_titles_urls_and_url_dates()
    {
        Assert.Equal(7, Note.References.Count);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], Note.References.Select(r => r.Number));
        Assert.Equal(
            [null, null, "2025-08-16", "2025-09-25", "2025-09", "2025-08-12", "2025-08"],
            Note.References.Select(r => r.UrlDate?.ToIsoString()));
        Assert.Equal("伊隆・馬斯克的xAI指控OpenAI竊取商業機密", Note.References[3].Title);
        Assert.Equal(39, Note.References[3].Source.StartLine);
    }

    [Fact]
    public void Actors_are_glossary_ids()
    {
        Assert.Equal(["altman", "microsoft", "musk", "openai"], TestKnowledge.Event(Note, "2024").Actors.Order(StringComparer.Ordinal));
        Assert.Contains("apple", TestKnowledge.Event(Note, "2025-08").Actors);
        Assert.Contains("tucker-carlson", TestKnowledge.Event(Note, "now").Actors);
        Assert.DoesNotContain("apple", TestKnowledge.Event(Note, "2015").Actors);
    }
}
