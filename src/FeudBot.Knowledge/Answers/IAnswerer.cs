namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Answers a free-form question from a knowledge snapshot, or declines. Pure and thread-safe: no clock,
/// no network. <paramref name="languageHint"/> (<c>zh-Hant</c>, <c>zh-Hans</c>, <c>en</c> or null) is a hint;
/// the question's own script wins when it is clear.
/// </summary>
public interface IAnswerer
{
    Answer Ask(string question, string? languageHint = null);
}
