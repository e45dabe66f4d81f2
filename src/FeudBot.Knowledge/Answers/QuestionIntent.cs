namespace FeudBot.Knowledge.Answers;

/// <summary>What a question asks for.</summary>
public enum QuestionIntent
{
    What,
    When,
    Who,
    Why,
    HowMuch,
    YesNo,
    Now,
    Span,
}
