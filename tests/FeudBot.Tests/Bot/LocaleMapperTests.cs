using FeudBot.Bot.Localization;

namespace FeudBot.Tests.Bot;

public sealed class LocaleMapperTests
{
    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("en-US", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("ja", "en")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("zh_tw", "zh-Hant")]
    public void Maps_discord_locales(string? locale, string expected) =>
        Assert.Equal(expected, LocaleMapper.FromDiscordLocale(locale));

    [Theory]
    [InlineData("zh-Hant", "zh-TW")]
    [InlineData("zh-Hans", "zh-CN")]
    [InlineData("en", "en-US")]
    public void Maps_back_to_registration_locales(string language, string locale) =>
        Assert.Equal(locale, LocaleMapper.ToDiscordLocale(language));

    [Theory]
    [InlineData("en-US", "馬斯克何時起訴OpenAI？", "zh-Hant")]
    [InlineData("zh-CN", "马斯克何时起诉OpenAI？", "zh-Hans")]
    [InlineData("zh-TW", "When did Musk sue OpenAI?", "en")]
    [InlineData("zh-CN", "When did Musk sue OpenAI?", "en")]
    [InlineData("zh-TW", "OpenAI 是什麼", "zh-Hant")]
    [InlineData("zh-TW", "xAI", "en")]
    [InlineData("en-US", "马斯克何时起诉OpenAI？", "zh-Hans")]
    [InlineData("ja", "奧特曼說了什麼", "zh-Hant")]
    [InlineData("en-US", "??", "en")]
    [InlineData("zh-CN", "", "zh-Hans")]
    public void The_questions_clear_script_wins_over_the_locale(string locale, string question, string expected) =>
        Assert.Equal(expected, ReplyLanguageResolver.Resolve(locale, question));
}
