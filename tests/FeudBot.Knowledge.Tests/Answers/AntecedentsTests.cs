using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Tests.Loading;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>A sentence-opening "he" / 他 and 自己 read as the person named before them (for matching only).</summary>
public class AntecedentsTests
{
    private static readonly AliasTable Aliases = new(TestKnowledge.Real.Glossary);
    private static readonly HashSet<string> People = ["musk", "altman"];

    private static string[] Resolve(string language, params string[] texts)
    {
        var sentences = texts.Select((t, i) => new IndexedSentence(i, "2018", language, t, i, false)).ToList();
        var canonical = texts.Select(t => Aliases.Canonicalize(TextNormalizer.Normalize(t), language != "en")).ToArray();
        return Antecedents.Resolve(canonical, sentences, Aliases, People);
    }

    [Fact]
    public void AChineseHeAndOneselfAreThePersonNamedBefore()
    {
        var resolved = Resolve("zh-Hant", "馬斯克認為此舉背離了使命。", "他後來聲稱自己實質上是被排擠出局。");
        Assert.Equal("马斯克后来声称马斯克实质上是被排挤出局。", resolved[1]);
    }

    [Fact]
    public void AnEnglishHeIsThePersonTheSentenceBeforeNamesFirst()
    {
        var resolved = Resolve("en", "Altman said Musk had changed.", "He said so on a podcast.");
        Assert.StartsWith("sam altman said so", resolved[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh-Hant", "他們後來很少交談。")] // plural
    [InlineData("en", "They rarely talk.")]
    [InlineData("en", "His departure was a joint decision.")] // a possessive is not the subject
    public void PluralsAndPossessivesAreLeftAsWritten(string language, string second)
    {
        var resolved = Resolve(language, language == "en" ? "Musk left the board." : "馬斯克辭去了董事會職務。", second);
        Assert.Equal(Aliases.Canonicalize(TextNormalizer.Normalize(second), language != "en"), resolved[1]);
    }

    [Fact]
    public void AFirstSentenceHasNothingToReferTo()
    {
        var resolved = Resolve("zh-Hant", "他後來聲稱被排擠出局。");
        Assert.Equal("他后来声称被排挤出局。", resolved[0]);
    }
}
