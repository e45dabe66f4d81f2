namespace FeudBot.Tests.Llm.Fakes;

/// <summary>One scripted reply of <see cref="FakeOpenAiServer"/>.</summary>
internal sealed record FakeReply
{
    public string? Content { get; init; }
    public int Status { get; init; } = 200;
    public int? RetryAfterSeconds { get; init; }
    /// <summary>A raw body sent as is (malformed JSON).</summary>
    public string? RawBody { get; init; }
    public string? Refusal { get; init; }
    public string FinishReason { get; init; } = "stop";
    /// <summary>Hold the response until the client gives up (or the server stops).</summary>
    public bool Hang { get; init; }

    public static FakeReply Text(string content) => new() { Content = content };
    public static FakeReply Error(int status, int? retryAfterSeconds = null) => new() { Status = status, RetryAfterSeconds = retryAfterSeconds };
    public static FakeReply Malformed() => new() { RawBody = "{\"id\": \"chatcmpl-1\", \"choices\": [ {\"message\": " };
    public static FakeReply Hanging() => new() { Hang = true };
}
