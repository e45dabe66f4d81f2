using FeudBot.Knowledge.Model;

namespace FeudBot.Llm;

/// <summary>
/// A request for a short summary of the feud or a part of it (<c>/summary [year] [topic]</c>).
/// <see cref="Events"/> are the span's events in date order (already filtered by year/topic by the
/// caller); <see cref="SummaryPassages"/> are the note's own summary passage(s) in the answer language,
/// used in the prompt and, with the event titles, as the no-model text. <see cref="Topic"/> is user input
/// and is passed to the model as data only.
/// </summary>
public sealed record SpanSummaryRequest(
    string Language,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Reference> References,
    EventDate? AsOf,
    string? UserId)
{
    /// <summary>The year the summary is limited to, if any.</summary>
    public int? Year { get; init; }

    /// <summary>The topic the summary is limited to, if any (user input: data, never instructions).</summary>
    public string? Topic { get; init; }

    /// <summary>The note's own summary passage(s), e.g. its "in short" paragraph.</summary>
    public IReadOnlyList<Passage> SummaryPassages { get; init; } = [];

    /// <summary>Names in every language, so a quoted name may be checked across languages.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;
}
