namespace FeudBot.Knowledge.Model;

/// <summary>
/// One block of a note's text (a paragraph or a list item without its children), with the headings
/// above it. <see cref="Id"/> is unique within the note, e.g. <c>p7</c>.
/// </summary>
public sealed record Passage(string Id, string Text, IReadOnlyList<string> HeadingPath, SourceSpan Source);
