using FeudBot.Knowledge.Questions;

namespace FeudBot.Bot.Localization;

/// <summary>
/// Picks the language of a reply: the question's own script when it is clear, otherwise the
/// interaction's locale (issue 5, "Language"). It asks the answer engine's own detector, so a notice
/// (cooldown, a too-long question) comes in the same language the answer would have.
/// </summary>
public static class ReplyLanguageResolver
{
    public static string Resolve(string? discordLocale, string? question)
    {
        var fromLocale = LocaleMapper.FromDiscordLocale(discordLocale);
        return string.IsNullOrWhiteSpace(question) ? fromLocale : QuestionLanguage.Detect(question, fromLocale);
    }
}
