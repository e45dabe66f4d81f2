namespace FeudBot.Knowledge.Questions;

/// <summary>What <see cref="QuestionDates.Find"/> found: the dates, whether a relative date was used, and the text left.</summary>
public sealed record DateScan(IReadOnlyList<DateMention> Dates, bool Relative, string Remainder);
