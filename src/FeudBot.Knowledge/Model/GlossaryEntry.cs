namespace FeudBot.Knowledge.Model;

/// <summary>
/// A person, organisation or term of the story: its display name per language and every alias it may
/// be written with (any script or spelling).
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Kind,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Aliases);
