using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>
/// Ranking when a question word also sits in a stronger but wrong sentence: the subject's own deed, a question word
/// the note never uses, the 还是 ("or") of a choice question, and an event that names everyone asked about.
/// </summary>
public class SubjectDeedTests
{
    private static Answer Ask(string q) => KnowledgeFixture.Answerer.Ask(q);

    private static string FirstDate(Answer answer) => answer.Events.Count > 0 ? answer.Events[0].Date.ToIsoString() : "";

    [Theory]
    // The note has Musk funding OpenAI in 2015 and Altman funding Musk's competitors in 2025.
    [InlineData("马斯克为什么要资助OpenAI？", "2015")]
    [InlineData("Why did Musk fund OpenAI in the first place?", "2015")]
    // Musk hit back in August 2025 (calling Altman a name); Altman struck back at Musk's business empire in September.
    [InlineData("How did Altman hit back at Musk's companies?", "2025-09")]
    public void TheSubjectsOwnDeedOutranksTheSameDeedBySomeoneElse(string question, string date)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(date, FirstDate(answer));
    }

    [Theory]
    // 變差 is not in the note; 惡化 (its concept) is, in the 2018 sentence; 兩人的關係 is also in the present state.
    [InlineData("兩人的關係從哪一年開始變差？", "2018")]
    // "start going wrong": start only begins the deed; it is not the founding (2015 "started out as partners").
    [InlineData("When did things start going wrong between Musk and Altman?", "2018")]
    // 還是 ("or") is not 還 ("still"): the question asks about the founding, not about now.
    [InlineData("OpenAI剛成立時是營利還是非營利？", "2015")]
    // The present state does not name Microsoft; 2018 (its investment) does.
    [InlineData("微軟跟OpenAI的轉型有什麼關係？", "2018")]
    public void TheEventThatStatesWhatIsAskedAnswers(string question, string date)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(date, FirstDate(answer));
    }

    [Theory]
    // Function words and concept words: 由, 給出, 用來, 做法, 問題, 出錢, 看成.
    [InlineData("OpenAI是哪年由马斯克和奥特曼共同创办的？")]
    [InlineData("OpenAI对马斯克离职给出的说法是什么？")]
    [InlineData("Grok是用来挑战哪个产品的？")]
    [InlineData("馬斯克當年為什麼要出錢支持OpenAI？")]
    [InlineData("馬斯克說xAI要修正OpenAI的什麼問題？")]
    public void ParaphrasesWithCommonChineseWordsAreAnswered(string question) =>
        Assert.True(Ask(question).Answered, question);

    [Theory]
    [InlineData("Did Altman sue Musk?")]
    [InlineData("奥特曼怎么称呼马斯克？")]
    public void ReversedDeedsAreStillDeclined(string question) =>
        Assert.False(Ask(question).Answered, question);
}
