using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// What FeudBot says to a question: text in <see cref="Language"/> (<c>zh-Hant</c>, <c>zh-Hans</c> or
/// <c>en</c>), the events it rests on (primary first), the references that support it and the note's
/// as-of date. When <see cref="Answered"/> is false the text is a decline that says what the note covers.
/// </summary>
public sealed record Answer(
    string Question,
    string Language,
    bool Answered,
    string Text,
    QuestionIntent Intent,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Reference> Citations,
    EventDate? AsOf);
