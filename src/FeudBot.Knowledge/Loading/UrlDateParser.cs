using System.Globalization;
using System.Text.RegularExpressions;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// The publication date a news URL carries in its path: <c>/2025/08/16/</c> (day), <c>/2025/sep/25/</c>
/// (day), <c>/2025/08/</c> (month), <c>...-2025-9</c> at the end of a slug (month).
/// </summary>
internal static partial class UrlDateParser
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2}|" + MonthNames.Pattern + @")(?:/(?<d>\d{1,2}))?(?=/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PathDate();

    [GeneratedRegex(@"-(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?/?$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugDate();

    public static EventDate? Parse(Uri url)
    {
        var path = url.AbsolutePath;
        var m = PathDate().Match(path);
        if (!m.Success) m = SlugDate().Match(path);
        if (!m.Success) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var monthText = m.Groups["m"].Value;
        int? month = char.IsAsciiDigit(monthText[0]) ? int.Parse(monthText, CultureInfo.InvariantCulture) : MonthNames.Parse(monthText);
        if (month is null or < 1 or > 12) return new EventDate(year);
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month.Value))) day = null;
        return new EventDate(year, month, day);
    }
}
