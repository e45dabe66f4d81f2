using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Tests.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Text;

/// <summary>The character mask may only rule out words that are really absent: it must never hide a match.</summary>
public class CharMaskTests
{
    [Fact]
    public void NeverRulesOutAWordTheTextHolds()
    {
        var snapshot = KnowledgeFixture.Snapshot;
        using var index = new KnowledgeIndex(snapshot.Primary, new AliasTable(snapshot.Glossary));
        var texts = index.Sentences.Select(s => TextNormalizer.Normalize(s.Text)).ToList();
        // Words and Chinese pairs cut from the note itself, so many occur and many do not.
        var words = texts.SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Concat(Enumerable.Range(0, Math.Max(0, t.Length - 1)).Select(i => t.Substring(i, 2))))
            .Distinct().Take(3000).ToList();
        var ruledOut = 0;
        foreach (var text in texts)
        {
            var mask = CharMask.Of(text);
            foreach (var word in words)
            {
                if (CharMask.MayContain(mask, CharMask.Of(word))) continue;
                ruledOut++;
                Assert.DoesNotContain(word, text, StringComparison.Ordinal);
            }
        }
        Assert.True(ruledOut > 0, "the mask should rule some words out");
    }

    [Fact]
    public void MasksSummarizeCharacters()
    {
        Assert.True(CharMask.MayContain(CharMask.Of("musk sued openai"), CharMask.Of("sue")));
        Assert.False(CharMask.MayContain(CharMask.Of("abc"), CharMask.Of("abz")));
        Assert.True(CharMask.MayContain(CharMask.Of("anything"), CharMask.Of("")));
    }
}
