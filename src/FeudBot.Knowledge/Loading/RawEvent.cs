using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>An event found in a note before its key is assigned.</summary>
internal sealed record RawEvent(
    EventDate Date,
    EventKind Kind,
    string Title,
    string Text,
    IReadOnlyList<Passage> Passages,
    SourceSpan Source,
    string? ExplicitKey);
