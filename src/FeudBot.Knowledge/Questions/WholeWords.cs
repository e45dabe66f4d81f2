namespace FeudBot.Knowledge.Questions;

/// <summary>Whether a match found by a plain string search stands as whole words ("lawsuit call", not "pursuit callers").</summary>
internal static class WholeWords
{
    public static bool At(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));
}
