namespace FeudBot.Knowledge.Model;

/// <summary>
/// An event as one note tells it, in that note's language. <see cref="Key"/> is stable across the
/// translations of a story and across runs, so events of several notes merge into one
/// <see cref="TimelineEvent"/>.
/// </summary>
public sealed record NoteEvent(
    string Key,
    EventDate Date,
    EventKind Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> PassageIds,
    SourceSpan Source);
