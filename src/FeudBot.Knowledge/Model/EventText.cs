namespace FeudBot.Knowledge.Model;

/// <summary>An event's words in one language, with the passages of that language's note it comes from.</summary>
public sealed record EventText(string Language, string Title, string Text, IReadOnlyList<Passage> Passages);
