namespace FeudBot.Bot.Abuse;

/// <summary>What a question may be (issue 3, "Bad input"; issue 5, "Abuse").</summary>
public static class QuestionLimits
{
    /// <summary>Longest question answered, in characters; also the <c>/ask question</c> option's max_length.</summary>
    public const int MaxLength = 500;
}
