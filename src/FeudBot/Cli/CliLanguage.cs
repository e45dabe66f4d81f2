using System.CommandLine;
using FeudBot.Knowledge.Text;

namespace FeudBot.Cli;

/// <summary>The <c>--lang</c> option and the per-language words the text output uses.</summary>
public static class CliLanguage
{
    public const string Hant = "zh-Hant";
    public const string Hans = "zh-Hans";
    public const string English = "en";

    /// <summary>A new <c>--lang</c> option (zh-Hant by default).</summary>
    public static Option<string> CreateOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "Output language: zh-Hant (default), zh-Hans or en.",
            DefaultValueFactory = _ => Hant,
        };
        option.AcceptOnlyFromAmong(Hant, Hans, English);
        return option;
    }

    /// <summary>The language whose note text is shown for <paramref name="language"/> (zh-Hans reads the zh-Hant note until a zh-Hans note exists).</summary>
    public static string SourceLanguage(string language, IReadOnlyCollection<string> available) =>
        available.Contains(language) ? language
        : language == Hans && available.Contains(Hant) ? Hant
        : available.Contains(English) ? English
        : available.FirstOrDefault() ?? language;

    /// <summary>
    /// Text from <paramref name="sourceLanguage"/> as shown to a <paramref name="language"/> reader: a zh-Hans
    /// reader of text from any other Chinese note (zh-Hant, or one whose language is not tagged zh-Hans) sees
    /// it in Simplified characters (<see cref="SimplifiedDisplay"/>); everyone else sees it unchanged. English
    /// text has no Traditional characters, so converting it would change nothing and is skipped.
    /// </summary>
    public static string Display(string text, string sourceLanguage, string language) =>
        language == Hans && sourceLanguage is not (Hans or English) ? SimplifiedDisplay.ToSimplified(text) : text;

    public static string Sources(string language) => language switch { English => "Sources:", Hans => "来源：", _ => "來源：" };

    /// <summary>Wraps <paramref name="text"/> in the brackets the language uses: (…) or （…）.</summary>
    public static string Parenthesize(string text, string language) => language == English ? $" ({text})" : $"（{text}）";

    public static string Now(string language) => language switch { English => "now", Hans => "现况", _ => "現況" };

    public static string Timeline(string language) => language switch { English => "Timeline", Hans => "时间线", _ => "時間線" };

    public static string AsOf(string language, string date) => language switch { English => $"as of {date}", Hans => $"截至{date}", _ => $"截至{date}" };

    public static string NoEvents(string language) => language switch { English => "No events match.", Hans => "没有符合的事件。", _ => "沒有符合的事件。" };
}
