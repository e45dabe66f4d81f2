namespace FeudBot.Knowledge.Loading;

/// <summary>One file of a knowledge folder: its path (as diagnostics will name it) and its text.</summary>
public sealed record KnowledgeFile(string Path, string Content);
