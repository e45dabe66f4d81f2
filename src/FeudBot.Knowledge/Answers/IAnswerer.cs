namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Answers a free-form question from a knowledge snapshot, or declines. Pure and thread-safe: no clock,
/// no network.
/// </summary>
public interface IAnswerer
{
    /// <param name="question">The question as the user typed it.</param>
    /// <param name="languageHint"><c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c> or null: a hint only; the
    /// question's own script wins when it is clear.</param>
    Answer Ask(string question, string? languageHint = null);
}
