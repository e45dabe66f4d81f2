namespace FeudBot.Knowledge.Loading;

/// <summary>English month names and their abbreviations (Sept. included), to a month number.</summary>
internal static class MonthNames
{
    /// <summary>A regex alternation matching a month name or abbreviation (no trailing dot).</summary>
    public const string Pattern =
        "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    public static int? Parse(string name)
    {
        if (name.Length < 3) return null;
        return name[..3].ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
            _ => null,
        };
    }
}
