namespace FeudBot.Tests.Llm.Fakes;

/// <summary>What the fake server received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string Body);
