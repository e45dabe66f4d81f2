namespace FeudBot.Bot.Localization;

/// <summary>
/// Maps a Discord <c>locale</c> (the user's client language, sent on every interaction except PING;
/// https://discord.com/developers/docs/reference#locales) to a reply language: zh-TW → zh-Hant,
/// zh-CN → zh-Hans, everything else → English.
/// </summary>
public static class LocaleMapper
{
    public static string FromDiscordLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return ReplyLanguage.English;
        // Discord sends exactly "zh-TW"/"zh-CN"; be lenient about case and underscores from other sources.
        var normalized = locale.Trim().Replace('_', '-');
        if (normalized.Equals("zh-TW", StringComparison.OrdinalIgnoreCase)
            || normalized.Equals("zh-HK", StringComparison.OrdinalIgnoreCase)
            || normalized.StartsWith("zh-Hant", StringComparison.OrdinalIgnoreCase))
        {
            return ReplyLanguage.TraditionalChinese;
        }

        if (normalized.Equals("zh-CN", StringComparison.OrdinalIgnoreCase)
            || normalized.Equals("zh-SG", StringComparison.OrdinalIgnoreCase)
            || normalized.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase))
        {
            return ReplyLanguage.SimplifiedChinese;
        }

        return ReplyLanguage.English;
    }

    /// <summary>The Discord locale a reply language's command localizations are registered under.</summary>
    public static string ToDiscordLocale(string language) => language switch
    {
        ReplyLanguage.TraditionalChinese => "zh-TW",
        ReplyLanguage.SimplifiedChinese => "zh-CN",
        _ => "en-US",
    };
}
