namespace FeudBot.Knowledge.Model;

/// <summary>
/// A person, organisation or term of the story: its display name per language and every alias it may
/// be written with (any script or spelling).
/// </summary>
public sealed record GlossaryEntry(
    string Id,
    string Kind,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Aliases)
{
    /// <summary>True for a person, organization or product (a name of the story), as opposed to a term or work:
    /// the one kind test the alias table, the question parser and the answerer share.</summary>
    public bool IsName => Kind is "person" or "organization" or "organisation" or "product";
}
