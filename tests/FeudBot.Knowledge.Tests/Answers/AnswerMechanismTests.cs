using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>
/// The general mechanisms behind paraphrases: span/list requests, questions about the beginning, what part
/// someone plays, comparisons, the note's as-of date, and relations between entities the note never states.
/// Sentences here are our own, not the evaluation's.
/// </summary>
public class AnswerMechanismTests
{
    private static Answer Ask(string q, string? hint = null) => KnowledgeFixture.Answerer.Ask(q, hint);

    [Theory]
    [InlineData("Please list the 2025 events.", "en")]
    [InlineData("把2025年的事件列舉出來", "zh-Hant")]
    [InlineData("盘点一下2025年的大事", "zh-Hans")]
    [InlineData("2025年有哪些風波？", "zh-Hant")]
    public void ListRequestsForAYearListEveryEventOfThatYearInOrder(string question, string language)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(language, answer.Language);
        Assert.Equal(["2025-02", "2025-08", "2025-09"], answer.Events.Select(e => e.Date.ToIsoString()).Where(d => d.StartsWith("2025-0", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Walk me through the whole timeline of the feud.")]
    [InlineData("列出這場紛爭的所有事件")]
    public void ATimelineRequestAboutTheStoryItselfListsEveryEvent(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.True(answer.Events.Count >= 7, answer.Text);
        Assert.Equal(answer.Events.OrderBy(e => e.Date).Select(e => e.Key), answer.Events.Select(e => e.Key));
    }

    [Theory]
    [InlineData("What was OpenAI set up as in the beginning?")]
    [InlineData("OpenAI當初是營利機構嗎？")]
    [InlineData("OpenAI创立时的目标是什么？")]
    [InlineData("Initially, was OpenAI a for-profit company?")]
    public void QuestionsAboutTheBeginningAreAnsweredByTheFounding(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("2015", answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("What part does Microsoft have in all this?")]
    [InlineData("微軟在其中起了什麼作用？")]
    public void InvolvementQuestionsListTheEventsThatNameIt(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Events, e => e.Date.ToIsoString().StartsWith("2018", StringComparison.Ordinal));
        Assert.Contains(answer.Events, e => e.Date.ToIsoString() == "2024");
    }

    [Theory]
    [InlineData("How is ChatGPT different from Grok?")]
    [InlineData("Grok与ChatGPT相比有什么区别？")]
    public void ComparisonsAreAnsweredByTheEventThatNamesBoth(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("2023", answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("筆記的內容更新到什麼時候？", "2025年10月")]
    [InlineData("As of when is this note up to date?", "October 2025")]
    public void AsOfQuestionsGiveTheNotesDate(string question, string expected)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("When did Musk quit Tesla?")] // the note names Musk's departure and Tesla's AI work, never Musk leaving Tesla
    [InlineData("马斯克哪年辞去特斯拉的职务？")]
    [InlineData("When did Altman resign from OpenAI?")] // Musk stepped down, not Altman
    [InlineData("Did Apple sue xAI?")]
    public void RelationsTheNoteDoesNotStateAreDeclined(string question)
    {
        var answer = Ask(question);
        Assert.False(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("When did Musk quit the OpenAI board?", "2018")]
    [InlineData("xAI是哪一年控告OpenAI的？", "2025-09")]
    [InlineData("When did Musk take OpenAI to court?", "2024")]
    // The Chinese note says 他們共同創辦了OpenAI (no names next to the verb); the English note names them.
    [InlineData("馬斯克和奧特曼哪一年共同創辦了OpenAI？", "2015")]
    [InlineData("马斯克哪一年共同创办了OpenAI？", "2015")]
    public void RelationsTheNoteStatesAreAnswered(string question, string date)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(date, answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("Musk 和 Altman 是哪一年闹翻的？")]
    [InlineData("兩人是在什麼時候翻臉的？")]
    public void FallingOutIsTheRelationshipSouringNotALaterQuarrel(string question)
    {
        // 闹翻 / 翻臉 (fall out) is the relationship going bad (2018), not one public spat (2025-08).
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("2018", answer.Events[0].Date.ToIsoString());
    }

    [Fact]
    public void TheSubjectOfTheQuestionDecidesBetweenTwoRetorts()
    {
        var answer = Ask("How did Altman strike back against Musk's business empire?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("2025-09", answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("list all the lawsuits", "en")]
    [InlineData("有哪些訴訟？", "zh-Hant")]
    [InlineData("列出所有诉讼", "zh-Hans")]
    public void AListRequestAboutOneThingListsEveryEventThatNamesIt(string question, string language)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(language, answer.Language);
        var dates = answer.Events.Select(e => e.Date.ToIsoString()).ToList();
        Assert.Equal(["2024", "2025-09"], dates.Take(2));
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("When did Microsoft invest in OpenAI?")]
    [InlineData("微軟什麼時候開始投資OpenAI？")]
    public void ARelationStatedAboutTheOrganisationInTheSameSentenceIsAnswered(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("2018", answer.Events[0].Date.ToIsoString());
    }

    [Theory]
    [InlineData("When did Microsoft sue OpenAI?")]
    [InlineData("When did OpenAI invest in Tesla?")]
    public void ARelationNoSentenceStatesIsStillDeclined(string question) => Assert.False(Ask(question).Answered, Ask(question).Text);

    [Fact]
    public void AnAnswerOpeningWithAPronounAlsoQuotesWhoItMeans()
    {
        var answer = Ask("OpenAI是誰創立的？");
        Assert.Equal("2015", answer.Events[0].Date.ToIsoString());
        Assert.Contains("他們共同創辦了OpenAI", answer.Text, StringComparison.Ordinal);
        Assert.Contains("馬斯克", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswerAddsTheSentenceForAQuestionWordTheBestOnesMiss()
    {
        var answer = Ask("OpenAI怎麼解釋馬斯克離開董事會這件事？");
        Assert.Contains("利益衝突", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Will Musk and Altman ever make peace?", "no sign")]
    [InlineData("兩人將來會和好嗎？", "短期內未見和解")]
    public void AQuestionAboutTheFutureIsAnsweredByWhatTheNoteSaysLiesAhead(string question, string expected)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Will Musk buy OpenAI?")]
    [InlineData("What will happen next?")]
    [InlineData("Who will win the AI race?")]
    [InlineData("What will happen in the lawsuit next year?")]
    public void OtherQuestionsAboutTheFutureAreDeclined(string question) => Assert.False(Ask(question).Answered, Ask(question).Text);

    [Theory]
    [InlineData("How many lawsuits are there?", "en")]
    [InlineData("一共有幾起訴訟？", "zh-Hant")]
    public void CountingATermListsTheEventsThatNameIt(string question, string language)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(language, answer.Language);
        Assert.Equal(["2024", "2025-09"], answer.Events.Select(e => e.Date.ToIsoString()).Take(2));
    }

    [Theory]
    [InlineData("What happened after Musk's bid was rejected?", "2025-08")]
    [InlineData("訴訟之後發生了什麼？", "2025-02")]
    [InlineData("What happened before the lawsuit?", "2023")]
    [InlineData("What was the most recent event?", "2025-09")]
    [InlineData("最早的事件是什麼？", "2015")]
    [InlineData("两人最近一次公开冲突是什么时候？", "2025-08")]
    public void QuestionsAboutOrderMoveAlongTheTimeline(string question, string date)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(date, answer.Events[0].Date.ToIsoString());
    }

    [Fact]
    public void WhatCameAfterSomethingTheNoteNeverStatesIsDeclined() =>
        Assert.False(Ask("What happened after Musk bought Twitter?").Answered);

    [Theory]
    [InlineData("What did Apple do in 2024?")]
    [InlineData("What problems did Tesla have in 2024?")]
    public void ADateAloneDoesNotAnswerForSomeoneItsEventNeverNames(string question) => Assert.False(Ask(question).Answered, Ask(question).Text);

    [Theory]
    [InlineData("Who founded Tesla?")]
    [InlineData("谁创立了特斯拉？")]
    public void AnEventFoundOnlyByANameThatSaysNothingOfWhatIsAskedIsNotAnAnswer(string question) => Assert.False(Ask(question).Answered, Ask(question).Text);

    [Theory]
    [InlineData("What's the latest?")]
    [InlineData("現在情況怎麼樣？")]
    [InlineData("目前进展如何？")]
    public void ABareQuestionAboutNowGetsThePresentState(string question)
    {
        var answer = Ask(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(Model.EventKind.PresentState, answer.Events[0].Kind);
    }

    [Theory]
    [InlineData("What time is it now?")]
    [InlineData("What is the weather now?")]
    public void OtherQuestionsAboutNowAreStillDeclined(string question) => Assert.False(Ask(question).Answered, Ask(question).Text);
}
