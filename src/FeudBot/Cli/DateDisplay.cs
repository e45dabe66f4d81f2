using System.Globalization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Cli;

/// <summary>Dates as a reader of each language writes them: 2025年2月 / 2018年左右 / Feb 2025 / c. 2018.</summary>
public static class DateDisplay
{
    public static string Format(EventDate date, string language)
    {
        if (language == CliLanguage.English)
        {
            var text = date.Precision switch
            {
                DatePrecision.Day => new DateTime(date.Year, date.Month!.Value, date.Day!.Value).ToString("d MMM yyyy", CultureInfo.InvariantCulture),
                DatePrecision.Month => new DateTime(date.Year, date.Month!.Value, 1).ToString("MMM yyyy", CultureInfo.InvariantCulture),
                _ => date.Year.ToString(CultureInfo.InvariantCulture),
            };
            return date.Approximate ? "c. " + text : text;
        }
        var zh = date.Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年"),
        };
        return date.Approximate ? zh + "左右" : zh;
    }
}
