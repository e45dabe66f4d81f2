namespace FeudBot.Llm;

/// <summary>One passage as the prompt shows it: its id, the event date, the references it may be cited with.</summary>
public sealed record PromptPassage(string Id, string? Date, IReadOnlyList<int> References, string Text);
