using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// A date a question names: a year, a month of a year, a day, or a month without a year ("8月").
/// Relative dates (去年, last year) are never turned into a mention: they cannot be resolved without a clock
/// and the note's readers ask at any time.
/// </summary>
public readonly record struct DateMention(int? Year, int? Month = null, int? Day = null)
{
    /// <summary>True when the event's date falls inside the mention (2025 matches 2025-02; 2025-02 matches 2025-02-12).</summary>
    public bool Matches(EventDate date) =>
        (Year is null || date.Year == Year)
        && (Month is null || date.Month == Month)
        && (Day is null || date.Day is null || date.Day == Day);

    /// <summary>True when the mention lies entirely before <paramref name="first"/> or after <paramref name="asOf"/>.</summary>
    public bool IsOutside(EventDate first, EventDate asOf)
    {
        if (Year is not { } year) return false;
        if (year < first.Year || year > asOf.Year) return true;
        return year == asOf.Year && Month is { } month && asOf.Month is { } asOfMonth && month > asOfMonth;
    }

    public override string ToString() => $"{Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}-{Month?.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) ?? "??"}";
}
