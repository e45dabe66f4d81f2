namespace FeudBot.Knowledge.Model;

/// <summary>
/// One event of a story, merged across the languages its notes are written in. <see cref="Texts"/> is
/// keyed by language code; <see cref="Citations"/> are ordered by confidence, highest first.
/// </summary>
public sealed record TimelineEvent(
    string Key,
    EventDate Date,
    EventKind Kind,
    IReadOnlyDictionary<string, EventText> Texts,
    IReadOnlyList<string> Actors,
    IReadOnlyList<Citation> Citations)
{
    /// <summary>The text in <paramref name="language"/>, else the first language the story has.</summary>
    public EventText TextFor(string language) =>
        Texts.TryGetValue(language, out var text) ? text : Texts.Values.First();
}
