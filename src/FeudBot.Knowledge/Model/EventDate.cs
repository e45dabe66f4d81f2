using System.Globalization;

namespace FeudBot.Knowledge.Model;

/// <summary>
/// A date as precise as the note states it: a year, a month or a day, possibly "approximately"
/// (左右 / around / 頃). Ordering sorts by year, then month, then day; a less precise date sorts first.
/// </summary>
public readonly record struct EventDate(int Year, int? Month = null, int? Day = null, bool Approximate = false)
    : IComparable<EventDate>
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary><c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; the approximate flag is not part of it.</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>True when <paramref name="other"/> falls inside this date's span (2025 contains 2025-02).</summary>
    public bool Contains(EventDate other) =>
        other.Year == Year && (Month is null || other.Month == Month) && (Day is null || other.Day == Day);

    public int CompareTo(EventDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public override string ToString() => (Approximate ? "~" : "") + ToIsoString();

    public static bool operator <(EventDate left, EventDate right) => left.CompareTo(right) < 0;
    public static bool operator >(EventDate left, EventDate right) => left.CompareTo(right) > 0;
    public static bool operator <=(EventDate left, EventDate right) => left.CompareTo(right) <= 0;
    public static bool operator >=(EventDate left, EventDate right) => left.CompareTo(right) >= 0;
}
