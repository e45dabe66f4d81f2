using System.Globalization;
using FeudBot.Bot.Localization;

namespace FeudBot.Bot.Abuse;

/// <summary>
/// Checks a question before it reaches the answer engine: empty, control characters only, or longer
/// than <see cref="QuestionLimits.MaxLength"/>. A refusal is a localized sentence, never an exception.
/// </summary>
public static class QuestionCheck
{
    /// <summary>The question trimmed, or null with <paramref name="refusal"/> set to what to tell the user.</summary>
    public static string? Validate(string? question, string language, out string? refusal)
    {
        refusal = null;
        var trimmed = question?.Trim() ?? "";
        if (trimmed.All(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            refusal = BotText.Instance.Get(language, TextKey.QuestionEmpty);
            return null;
        }

        // Counted in text elements so one emoji or CJK extension character counts once, as a person would.
        var length = new StringInfo(trimmed).LengthInTextElements;
        if (length > QuestionLimits.MaxLength)
        {
            refusal = BotText.Instance.Format(language, TextKey.QuestionTooLong, length, QuestionLimits.MaxLength);
            return null;
        }

        return trimmed;
    }
}
