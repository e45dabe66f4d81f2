namespace FeudBot.Hosting;

/// <summary>The knowledge folder did not load; the message lists every error as <c>file:line: message</c>.</summary>
public sealed class KnowledgeLoadException(string message) : Exception(message);
