namespace FeudBot.Knowledge.Questions;

/// <summary>Checks a question before it is answered: not empty, at most 500 characters, not only control characters.</summary>
public static class QuestionValidator
{
    public const int MaxLength = 500;

    /// <summary>A message saying what is wrong with <paramref name="question"/>, or null when it can be asked.</summary>
    public static string? Validate(string? question)
    {
        if (question is null || question.Length == 0) return "the question is empty";
        if (question.Length > MaxLength) return $"the question is {question.Length} characters long; the limit is {MaxLength}";
        var visible = false;
        foreach (var c in question)
        {
            if (char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            visible = true;
            break;
        }
        return visible ? null : "the question has no visible characters (only spaces or control characters)";
    }
}
