using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>What most answer tests check: answered, in the asked language, from the expected event.</summary>
internal static class AnswerAssert
{
    public static void AnsweredFrom(Answer answer, string language, string isoDate)
    {
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal(language, answer.Language);
        Assert.Equal(isoDate, answer.Events[0].Date.ToIsoString());
    }
}
