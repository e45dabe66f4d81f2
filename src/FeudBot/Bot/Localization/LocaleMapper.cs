using FeudBot.Knowledge.Questions;

namespace FeudBot.Bot.Localization;

/// <summary>
/// Maps a Discord <c>locale</c> (the user's client language, sent on every interaction except PING;
/// https://discord.com/developers/docs/reference#locales) to a reply language: zh-TW → zh-Hant,
/// zh-CN → zh-Hans, everything else → English (and back, for command localizations).
/// </summary>
public static class LocaleMapper
{
    /// <summary>
    /// The reply language of a Discord locale, by the same tag mapping the question language detector uses
    /// (<see cref="QuestionLanguage.Canonical"/>); anything not Chinese or English, or no locale, is English.
    /// </summary>
    public static string FromDiscordLocale(string? locale) => QuestionLanguage.Canonical(locale) ?? ReplyLanguage.English;

    /// <summary>The Discord locale a reply language's command localizations are registered under.</summary>
    public static string ToDiscordLocale(string language) => language switch
    {
        ReplyLanguage.TraditionalChinese => "zh-TW",
        ReplyLanguage.SimplifiedChinese => "zh-CN",
        _ => "en-US",
    };
}
