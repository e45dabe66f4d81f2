using System.Globalization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Answers;

/// <summary>Event dates as people read them: "February 2025", "around 2018", "2025年2月", "2018年左右".</summary>
public static class DateLabels
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Format(EventDate date, string language)
    {
        if (language == "en")
        {
            var text = date.Precision switch
            {
                DatePrecision.Day => new DateTime(date.Year, date.Month!.Value, date.Day!.Value).ToString("MMMM d, yyyy", English),
                DatePrecision.Month => new DateTime(date.Year, date.Month!.Value, 1).ToString("MMMM yyyy", English),
                _ => date.Year.ToString(CultureInfo.InvariantCulture),
            };
            return date.Approximate ? "around " + text : text;
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
