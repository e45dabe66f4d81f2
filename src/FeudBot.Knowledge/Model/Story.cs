namespace FeudBot.Knowledge.Model;

/// <summary>
/// Notes that are translations of one another (the same reference URLs) and their merged events in date
/// order. <see cref="ReferencesFor"/> gives the story's full reference list in one language.
/// </summary>
public sealed record Story(
    string Id,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<TimelineEvent> Events,
    EventDate? AsOf)
{
    public IReadOnlyList<string> Languages => Notes.Select(n => n.Language).Distinct().ToArray();

    /// <summary>The note in <paramref name="language"/>, else the first note.</summary>
    public Note NoteFor(string language) => Notes.FirstOrDefault(n => n.Language == language) ?? Notes[0];

    /// <summary>The reference list as the note in <paramref name="language"/> titles it.</summary>
    public IReadOnlyList<Reference> ReferencesFor(string language) => NoteFor(language).References;

    /// <summary>
    /// <paramref name="reference"/> (e.g. a <see cref="Citation"/>'s, titled in the first note's language) as
    /// the note in <paramref name="language"/> titles it: the entry with the same URL, else the same number.
    /// </summary>
    public Reference ReferenceFor(Reference reference, string language)
    {
        var list = ReferencesFor(language);
        var url = Loading.UrlNormalizer.Normalize(reference.Url);
        return list.FirstOrDefault(r => Loading.UrlNormalizer.Normalize(r.Url) == url)
            ?? list.FirstOrDefault(r => r.Number == reference.Number)
            ?? reference;
    }
}
