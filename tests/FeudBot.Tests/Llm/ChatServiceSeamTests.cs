using System.Net;
using FeudBot.Llm;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Moq;

namespace FeudBot.Tests.Llm;

/// <summary>The summarizer against a mocked <see cref="IChatCompletionService"/>: the narrow seam, no HTTP.</summary>
public sealed class ChatServiceSeamTests
{
    private readonly Mock<IChatCompletionService> _chat = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new();

    private SemanticKernelSummarizer Create(int timeoutSeconds = 8) => new(
        _chat.Object,
        new LlmOptions { Enabled = true, Endpoint = "http://x/v1", Model = "m", TimeoutSeconds = timeoutSeconds },
        _time,
        NullLogger<SemanticKernelSummarizer>.Instance);

    private void Reply(Func<ChatHistory, CancellationToken, Task<IReadOnlyList<ChatMessageContent>>> reply) =>
        _chat.Setup(c => c.GetChatMessageContentsAsync(It.IsAny<ChatHistory>(), It.IsAny<PromptExecutionSettings?>(), It.IsAny<Kernel?>(), It.IsAny<CancellationToken>()))
            .Returns((ChatHistory h, PromptExecutionSettings? _, Kernel? _, CancellationToken ct) => reply(h, ct));

    [Fact]
    public async Task Sends_one_system_and_one_user_message_and_accepts_a_verified_reply()
    {
        ChatHistory? sent = null;
        Reply((h, _) =>
        {
            sent = h;
            return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, "Musk offered $97.4 billion for OpenAI [2].")]);
        });

        var result = await Create().SummarizeAsync(LlmTestData.Request("How much?", language: "en"), CancellationToken.None);

        Assert.Equal("llm", result.Generator);
        Assert.NotNull(sent);
        Assert.Equal([AuthorRole.System, AuthorRole.User], sent.Select(m => m.Role));
        Assert.Contains("<question>\nHow much?\n</question>", sent[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_operation_errors_carry_their_status()
    {
        Reply((_, _) => throw new HttpOperationException(HttpStatusCode.NotFound, "{}", "Not Found", null));

        var result = await Create().SummarizeAsync(LlmTestData.Request("How much?", language: "en"), CancellationToken.None);

        Assert.Equal(FallbackReason.HttpError, result.Fallback);
        Assert.Equal(404, result.HttpStatus);
    }

    [Fact]
    public async Task The_deadline_token_comes_from_the_injected_clock()
    {
        Reply(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });

        var pending = Create(timeoutSeconds: 2).SummarizeAsync(LlmTestData.Request("How much?", language: "en"), CancellationToken.None);
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(FallbackReason.Timeout, result.Fallback);
        Assert.Equal("timeout", result.FallbackCode);
    }

    [Fact]
    public async Task Null_content_is_an_empty_reply()
    {
        Reply((_, _) => Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, content: null)]));

        var result = await Create().SummarizeAsync(LlmTestData.Request("How much?", language: "en"), CancellationToken.None);

        Assert.Equal(FallbackReason.Empty, result.Fallback);
    }
}
