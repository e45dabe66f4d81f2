using System.Globalization;
using System.Resources;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Localization;

/// <summary>
/// Every fixed string the bot shows, looked up in <c>Resources/BotStrings*.resx</c> for an explicit reply
/// language (never the ambient UI culture: one process answers many languages at once).
/// </summary>
public sealed class BotText
{
    private static readonly ResourceManager Resources =
        new("FeudBot.Resources.BotStrings", typeof(BotText).Assembly);

    private static readonly CultureInfo TraditionalChinese = CultureInfo.GetCultureInfo("zh-Hant");
    private static readonly CultureInfo SimplifiedChinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The shared instance; the type holds no state beyond the resource manager.</summary>
    public static BotText Instance { get; } = new();

    /// <summary>The .NET culture whose resources and date names serve <paramref name="language"/>.</summary>
    public static CultureInfo CultureFor(string language) => language switch
    {
        ReplyLanguage.TraditionalChinese => TraditionalChinese,
        ReplyLanguage.SimplifiedChinese => SimplifiedChinese,
        _ => English,
    };

    public string Get(string language, TextKey key) =>
        Resources.GetString(key.ToString(), CultureFor(language))
        ?? throw new MissingManifestResourceException($"Resources/BotStrings.resx has no string '{key}'.");

    public string Format(string language, TextKey key, params object?[] args) =>
        string.Format(CultureFor(language), Get(language, key), args);

    /// <summary>An event date as a reader of <paramref name="language"/> writes it: 2025年2月, February 2025.</summary>
    public string FormatDate(string language, EventDate date)
    {
        var culture = CultureFor(language);
        var text = date.Precision switch
        {
            DatePrecision.Day => new DateTime(date.Year, date.Month!.Value, date.Day!.Value, 12, 0, 0, DateTimeKind.Utc)
                .ToString(Get(language, TextKey.DateDay), culture),
            DatePrecision.Month => new DateTime(date.Year, date.Month!.Value, 1, 12, 0, 0, DateTimeKind.Utc)
                .ToString(Get(language, TextKey.DateMonth), culture),
            _ => Format(language, TextKey.DateYear, date.Year.ToString(CultureInfo.InvariantCulture)),
        };
        return date.Approximate ? Format(language, TextKey.DateApproximate, text) : text;
    }

    /// <summary>The name of a reply language in <paramref name="language"/>.</summary>
    public string LanguageName(string language, string ofLanguage) => ofLanguage switch
    {
        ReplyLanguage.TraditionalChinese => Get(language, TextKey.LanguageNameZhHant),
        ReplyLanguage.SimplifiedChinese => Get(language, TextKey.LanguageNameZhHans),
        ReplyLanguage.English => Get(language, TextKey.LanguageNameEn),
        _ => ofLanguage,
    };
}
