namespace FeudBot.Knowledge.Model;

/// <summary>
/// One parsed knowledge note: its front matter (unknown keys kept), language (<c>zh-Hant</c>,
/// <c>zh-Hans</c>, <c>en</c>, <c>ja</c>), passages, references, the as-of date it states and its events.
/// </summary>
public sealed record Note(
    string Path,
    string Language,
    string Title,
    IReadOnlyDictionary<string, object?> FrontMatter,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<Reference> References,
    EventDate? AsOf,
    IReadOnlyList<NoteEvent> Events);
