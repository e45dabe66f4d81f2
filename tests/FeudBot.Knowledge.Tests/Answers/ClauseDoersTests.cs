using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>Who does the deed named at a place of a canonical sentence (the doer is the clause's first actor, or the main clause's).</summary>
public class ClauseDoersTests
{
    private static readonly string[] English = ["elon musk", "sam altman", "openai", "xai"];
    private static readonly string[] Chinese = ["马斯克", "奥特曼", "openai", "xai"];
    private static readonly string[] Ids = ["musk", "altman", "openai", "xai"];

    private static string[] DoersOf(string text, string verb, bool chinese = false)
    {
        var names = chinese ? Chinese : English;
        var w = text.IndexOf(verb, StringComparison.Ordinal);
        Assert.True(w >= 0, verb);
        return ClauseDoers.At(ClauseDoers.Of(text, chinese, names, Ids), text, w, names, Ids);
    }

    [Theory]
    [InlineData("elon musk sued openai and sam altman, accusing them of breaching the agreement.", "sued", "musk")]
    [InlineData("elon musk sued openai and sam altman, accusing them of breaching the agreement.", "accusing", "musk")] // carried over
    [InlineData("in 2015, elon musk and sam altman co-founded openai.", "co-founded", "musk,altman")]
    [InlineData("openai responded that the lawsuit was sour grapes.", "lawsuit", "")] // a subordinate clause without a subject
    [InlineData("elon musk's lawsuit claimed that openai had become a subsidiary.", "lawsuit", "musk")]
    [InlineData("while openai said his departure was a joint decision.", "departure", "")]
    [InlineData("elon musk later claimed that he had effectively been pushed out.", "pushed", "")] // passive
    [InlineData("in february 2025, elon musk led a $97.4 billion bid to buy openai.", "bid", "musk")]
    [InlineData("sam altman struck back, including looking into xai's work and funding openai's rivals.", "funding", "altman")] // an owner inside the clause is acted on
    [InlineData("elon musk's lawsuit claimed that openai had become a subsidiary.", "claimed", "musk")] // an owner opening the clause acts
    [InlineData("elon musk clashed with openai, especially as the organisation moved to attract more money.", "money", "")] // "as the …": a clause of its own
    [InlineData("today, the relationship between elon musk and sam altman is hostile, mixing lawsuits and insults.", "lawsuits", "")] // the ones a relation is between do nothing in it
    public void EnglishDoers(string text, string verb, string expected) =>
        Assert.Equal(expected, string.Join(",", DoersOf(text, verb)));

    [Theory]
    [InlineData("马斯克对openai与奥特曼提起诉讼,指控其违反创立协议。", "诉讼", "musk")]
    [InlineData("马斯克对openai与奥特曼提起诉讼,指控其违反创立协议。", "指控", "musk")] // no subject of its own: the main clause's
    [InlineData("关系开始恶化,当时马斯克辞去了董事会职务。", "辞去", "musk")]
    [InlineData("马斯克被openai起诉。", "起诉", "")] // passive
    [InlineData("在openai的争执中奥特曼指控马斯克。", "指控", "altman")] // a 在……中 frame names the setting, not the doer
    [InlineData("奥特曼表示,他曾视马斯克为瑰宝,指出马斯克身上有他无法欣赏的特质,并指控马斯克试图拖慢我们。", "指控", "altman")] // 马斯克 is pointed at, not the next clause's doer
    [InlineData("当时马斯克辞去了董事会职务,并离开openai。", "离开", "musk")] // a time word before the subject still passes it on
    [InlineData("2025年8月马斯克起诉openai,指控其窃取机密。", "指控", "musk")]
    [InlineData("奥特曼则透过挑战马斯克帝国反击,包括调查xai的技术与资助对手。", "资助", "altman")] // xai的: what is looked into, not who funds
    [InlineData("马斯克的批评源于不安全感。", "批评", "musk")] // an owner opening the clause acts
    public void ChineseDoers(string text, string verb, string expected) =>
        Assert.Equal(expected, string.Join(",", DoersOf(text, verb, chinese: true)));

    [Fact]
    public void ALatinNameIsOnlyFoundAsAWholeWord()
    {
        // The platform X is named "x": not the x inside "mixing".
        string[] names = ["elon musk", "x"];
        string[] ids = ["musk", "x"];
        const string text = "the relationship is hostile, mixing lawsuits and insults on x.";
        var clauses = ClauseDoers.Of(text, false, names, ids);
        Assert.Empty(ClauseDoers.At(clauses, text, text.IndexOf("lawsuits", StringComparison.Ordinal), names, ids));
        const string chinese = "x公开羞辱对方。";
        Assert.Equal(["x"], ClauseDoers.At(ClauseDoers.Of(chinese, true, names, ids), chinese, chinese.IndexOf("羞辱", StringComparison.Ordinal), names, ids));
    }
}
