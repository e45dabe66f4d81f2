using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Golden tests on knowledge/musk-altman-feud.en.md (our English note).</summary>
public class EnglishNoteTests
{
    private static Note Note => TestKnowledge.RealNote("en");

    [Fact]
    public void Has_the_same_events_and_keys_as_the_original()
    {
        var events = Note.Events.Select(e => (e.Key, e.Date.ToString(), e.Kind)).ToArray();
        var original = TestKnowledge.RealNote("zh-Hant").Events.Select(e => (e.Key, e.Date.ToString(), e.Kind)).ToArray();
        Assert.Equal(original, events);
        Assert.Equal(new EventDate(2025, 10), Note.AsOf);
    }

    [Theory]
    [InlineData("2025-02", "$97.4 billion")]
    [InlineData("2025-08", "\"Scam Altman\"")]
    [InlineData("2025-08", "Apple")]
    [InlineData("2025-08", "app-store ranking")]
    [InlineData("2025-09", "trade secrets")]
    [InlineData("2024", "founding agreement")]
    [InlineData("2024", "\"closed-source de facto subsidiary\" of Microsoft")]
    [InlineData("2024", "for-profit")]
    [InlineData("2023", "\"maximally truth-seeking AI\"")]
    [InlineData("2023", "ChatGPT")]
    [InlineData("now", "\"Littlefinger\"")]
    [InlineData("now", "Tucker Carlson")]
    [InlineData("now", "\"great jewel for humanity\"")]
    [InlineData("now", "very little")]
    [InlineData("2015", "co-founded OpenAI")]
    [InlineData("2018", "stepped down from OpenAI's board")]
    public void Carries_the_names_numbers_and_quotes_exactly(string key, string phrase) =>
        Assert.Contains(phrase, TestKnowledge.Event(Note, key).Text, StringComparison.Ordinal);

    [Fact]
    public void Titles_are_readable_sentences_without_the_date()
    {
        Assert.Equal("Musk led a $97.4 billion bid to buy OpenAI", TestKnowledge.Event(Note, "2025-02").Title);
        Assert.Equal("Musk founds xAI and launches Grok", TestKnowledge.Event(Note, "2023").Title);
        Assert.Equal("The relationship between Musk and Altman is openly hostile", TestKnowledge.Event(Note, "now").Title);
        Assert.True(TestKnowledge.Event(Note, "2018").Date.Approximate);
    }

    [Fact]
    public void References_are_the_same_seven_urls_with_english_titles()
    {
        var zh = TestKnowledge.RealNote("zh-Hant").References;
        Assert.Equal(zh.Select(r => r.Url), Note.References.Select(r => r.Url));
        Assert.Equal("Elon Musk's xAI accuses OpenAI of stealing trade secrets", Note.References[3].Title);
        Assert.All(Note.References, r => Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", r.Title));
    }
}
