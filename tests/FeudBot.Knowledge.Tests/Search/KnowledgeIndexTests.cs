using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Search;

public class KnowledgeIndexTests
{
    private static readonly SourceSpan Nowhere = new("test.md", 1, 1);

    private static TimelineEvent Event(string key, int year, string zh, string en) => new(
        key, new EventDate(year), EventKind.Escalation,
        new Dictionary<string, EventText>
        {
            ["zh-Hant"] = new("zh-Hant", "", zh, []),
            ["en"] = new("en", "", en, []),
        },
        [], []);

    private static readonly Story Story = new("s", [],
    [
        Event("a", 2023, "馬斯克創立xAI與推出Grok。", "xAI's chatbot Grok challenged ChatGPT."),
        Event("b", 2025, "xAI反訴OpenAI竊取商業機密。", "xAI sued OpenAI over trade secrets."),
    ], null);

    private static KnowledgeIndex Build() => new(Story, new AliasTable(Glossary.Empty));

    [Fact]
    public void SimplifiedQueryFindsTraditionalSentenceThroughTheFold()
    {
        using var index = Build();
        var hits = index.Search(Analyzers.ChineseField, CjkBigrams.Of("商业机密").Select(t => new WeightedTerm(t, 1f)).ToList());
        Assert.Equal("b", hits[0].Sentence.EventKey);
        Assert.Equal("zh-Hant", hits[0].Sentence.Language);
    }

    [Fact]
    public void EnglishFieldDropsPossessivesAndStems()
    {
        Assert.Equal(["xai", "chatbot"], Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, "xAI's chatbots"));
        using var index = Build();
        var hits = index.Search(Analyzers.EnglishField, [new WeightedTerm("xai", 1f), new WeightedTerm("chatbot", 1f)]);
        Assert.Equal("a", hits[0].Sentence.EventKey);
    }

    [Fact]
    public void PostingsSearchRanksLikeLucene()
    {
        using var index = Build();
        WeightedTerm[] terms = [new("xai", 1f, 1), new("sue", 0.5f, 2), new("trade", 1f, 3, 0), new("secret", 1f, 3, 0)];
        var mine = index.Search(Analyzers.EnglishField, terms);
        var lucene = index.SearchWithLucene(Analyzers.EnglishField, terms);
        Assert.Equal(lucene.Select(h => h.Sentence.Id), mine.Select(h => h.Sentence.Id));
    }

    [Fact]
    public void VocabularyKnowsNoteWordsOnly()
    {
        using var index = Build();
        Assert.True(index.Vocabulary.ContainsChinese("商业机密"));
        Assert.False(index.Vocabulary.ContainsChinese("营收"));
        Assert.True(index.Vocabulary.ContainsTerm("chatgpt"));
    }
}
