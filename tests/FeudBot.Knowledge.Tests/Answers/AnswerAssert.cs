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

    /// <summary>As <see cref="AnsweredFrom(Answer, string, string)"/>, and the text shows what <paramref name="pattern"/> matches.</summary>
    public static void AnsweredFrom(Answer answer, string language, string isoDate, string pattern)
    {
        AnsweredFrom(answer, language, isoDate);
        Assert.Matches(pattern, answer.Text);
    }
}
