using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;

namespace FeudBot.Llm;

/// <summary>
/// A question to phrase with the model. <see cref="Events"/> are the retrieved events (primary first; the
/// prompt uses their passages in <see cref="Language"/> or the closest language they have, verification
/// accepts every language). <see cref="References"/> is the story's numbered reference table in the
/// answer's language (<see cref="Reference.Number"/> is the <c>[n]</c> the model may cite; only numbers
/// the events cite are allowed). <see cref="UserId"/> keys the per-user quota (null: no quota, e.g. the
/// CLI). <see cref="Fallback"/> is the extractive answer served whenever the model text is not.
/// </summary>
public sealed record SummaryRequest(
    string Question,
    string Language,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Reference> References,
    EventDate? AsOf,
    string? UserId,
    Answer Fallback)
{
    /// <summary>Names in every language, so a quoted name may be checked across languages.</summary>
    public Glossary Glossary { get; init; } = Glossary.Empty;

    /// <summary>
    /// The usual way to build a request: the extractive <paramref name="answer"/> gives the question,
    /// language, events and as-of date; <paramref name="references"/> is the story's reference list in the
    /// answer's language (<c>Story.ReferencesFor(answer.Language)</c>).
    /// </summary>
    public static SummaryRequest FromAnswer(Answer answer, IReadOnlyList<Reference> references, string? userId, Glossary? glossary = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new SummaryRequest(answer.Question, answer.Language, answer.Events, references, answer.AsOf, userId, answer)
        {
            Glossary = glossary ?? Glossary.Empty,
        };
    }
}
