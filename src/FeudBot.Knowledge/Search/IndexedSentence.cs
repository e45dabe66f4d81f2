namespace FeudBot.Knowledge.Search;

/// <summary>
/// One sentence of the note as indexed: the event it belongs to, its language, its position in the
/// event's text (so answers keep the note's order) and whether it is the event's title.
/// </summary>
public sealed record IndexedSentence(int Id, string EventKey, string Language, string Text, int Order, bool IsTitle);
