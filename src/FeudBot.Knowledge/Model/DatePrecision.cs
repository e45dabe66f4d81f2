namespace FeudBot.Knowledge.Model;

/// <summary>How much of an <see cref="EventDate"/> the note actually states.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
}
