using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FeudBot.Bot.Localization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

public sealed partial class BotTextTests
{
    private static readonly ResourceManager Resources = new("FeudBot.Resources.BotStrings", typeof(BotText).Assembly);

    public static TheoryData<string> Languages => new(ReplyLanguage.All);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_has_its_own_text_in_every_language(string language)
    {
        // tryParents: false, so a missing zh string cannot hide behind the English fallback.
        var culture = language == ReplyLanguage.English ? CultureInfo.InvariantCulture : BotText.CultureFor(language);
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        foreach (var key in Enum.GetValues<TextKey>())
        {
            var text = set.GetString(key.ToString());
            Assert.False(string.IsNullOrWhiteSpace(text), $"{language} lacks {key}");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Translations_keep_the_placeholders_of_the_english_text(string language)
    {
        foreach (var key in Enum.GetValues<TextKey>())
        {
            var english = Placeholders(BotText.Instance.Get("en", key));
            Assert.Equal(english, Placeholders(BotText.Instance.Get(language, key)));
        }
    }

    [Fact]
    public void Chinese_texts_are_really_translated()
    {
        Assert.Equal("時間軸", BotText.Instance.Get("zh-Hant", TextKey.TimelineTitle));
        Assert.Equal("时间轴", BotText.Instance.Get("zh-Hans", TextKey.TimelineTitle));
        Assert.Equal("Timeline", BotText.Instance.Get("en", TextKey.TimelineTitle));
    }

    [Theory]
    [InlineData("en", "February 2025", "2025", "14 February 2025", "around 2018")]
    [InlineData("zh-Hant", "2025年2月", "2025年", "2025年2月14日", "2018年左右")]
    [InlineData("zh-Hans", "2025年2月", "2025年", "2025年2月14日", "2018年左右")]
    public void Formats_event_dates_per_language(string language, string month, string year, string day, string approx)
    {
        Assert.Equal(month, BotText.Instance.FormatDate(language, new EventDate(2025, 2)));
        Assert.Equal(year, BotText.Instance.FormatDate(language, new EventDate(2025)));
        Assert.Equal(day, BotText.Instance.FormatDate(language, new EventDate(2025, 2, 14)));
        Assert.Equal(approx, BotText.Instance.FormatDate(language, new EventDate(2018, Approximate: true)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Command_names_and_descriptions_fit_discords_rules(string language)
    {
        // https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
        TextKey[] names = [TextKey.CmdAskName, TextKey.OptQuestionName, TextKey.OptPrivateName, TextKey.CmdTimelineName,
            TextKey.OptYearName, TextKey.OptPersonName, TextKey.OptTopicName, TextKey.CmdSourcesName, TextKey.CmdAboutName];
        foreach (var key in names)
        {
            var name = BotText.Instance.Get(language, key);
            Assert.Matches(CommandName(), name);
            Assert.Equal(name.ToLower(CultureInfo.InvariantCulture), name);
        }

        foreach (var key in Enum.GetValues<TextKey>().Where(IsCommandDescription))
        {
            var text = BotText.Instance.Get(language, key);
            Assert.InRange(text.Length, 1, 100);
        }
    }

    private static bool IsCommandDescription(TextKey key)
    {
        var name = key.ToString();
        return name.EndsWith("Description", StringComparison.Ordinal)
               && (name.StartsWith("Cmd", StringComparison.Ordinal) || name.StartsWith("Opt", StringComparison.Ordinal));
    }

    private static string[] Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
