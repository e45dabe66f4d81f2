namespace FeudBot.Knowledge.Loading;

/// <summary>
/// A date found in text: where it is and what it says. <see cref="Year"/> is null for a month-only
/// label (2月：) whose year comes from the parent bullet or heading.
/// </summary>
internal readonly record struct DateHit(int Index, int Length, int? Year, int? Month, int? Day, bool Approximate)
{
    public int End => Index + Length;
}
