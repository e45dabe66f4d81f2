using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ChatCompletion = OpenAI.Chat.ChatCompletion;
using ChatFinishReason = OpenAI.Chat.ChatFinishReason;

namespace FeudBot.Llm;

/// <summary>
/// The model path: builds the grounded prompt, asks the chat service once (no tools, no streaming, low
/// temperature, no max_tokens because servers disagree on its name: microsoft/semantic-kernel#9165),
/// verifies the reply with <see cref="AnswerVerifier"/>, and falls back to the extractive text on any
/// problem. The deadline comes from <c>Llm:TimeoutSeconds</c> on the injected clock, so the caller gets
/// an answer well within Discord's 15-minute edit window after deferring.
/// </summary>
public sealed partial class SemanticKernelSummarizer : IGroundedSummarizer
{
    private static readonly OpenAIPromptExecutionSettings s_settings = new() { Temperature = 0.1 };

    private readonly IChatCompletionService _chat;
    private readonly TimeSpan _timeout;
    private readonly ModelQuota _quota;
    private readonly TimeProvider _time;
    private readonly AnswerVerifier _verifier;
    private readonly Func<string, string>? _fold;
    private readonly string? _apiKey;
    private readonly ILogger _logger;

    /// <param name="chat">Semantic Kernel's chat service (the OpenAI connector in production; a fake in tests).</param>
    /// <param name="options">Validated options; <see cref="LlmOptions.TimeoutSeconds"/> and the quota are read once.</param>
    /// <param name="time">The clock for the deadline and the quota.</param>
    /// <param name="logger">Where fallbacks are logged (never the key, never the prompt).</param>
    /// <param name="verifier">The checks; default limits when null.</param>
    /// <param name="fold">The comparison fold for quotes, e.g. the answer engine's OpenCC table; <see cref="TextFold.Fold"/> when null.</param>
    public SemanticKernelSummarizer(
        IChatCompletionService chat,
        LlmOptions options,
        TimeProvider time,
        ILogger<SemanticKernelSummarizer> logger,
        AnswerVerifier? verifier = null,
        Func<string, string>? fold = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _chat = chat ?? throw new ArgumentNullException(nameof(chat));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
        _quota = new ModelQuota(options.MaxRequestsPerUserPerHour, time);
        _verifier = verifier ?? new AnswerVerifier();
        _fold = fold;
        // Kept only to make sure a reply never carries it; it never enters a prompt (the builder has no access to options).
        _apiKey = string.IsNullOrWhiteSpace(options.ApiKey) || options.ApiKey.Length < 8 ? null : options.ApiKey;
    }

    public bool IsEnabled => true;

    public async Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Decide answerability before generating: when the extractive engine declines, the model is not asked.
        if (!request.Fallback.Answered || request.Events.Count == 0)
            return Fallback(ExtractiveFallback.ForAnswer(request.Fallback, FallbackReason.NoGrounding, "the extractive answer declined"));

        var context = GroundingContext.Create(request.Language, request.Events, request.References, request.AsOf, request.Glossary, fold: _fold);
        if (context.AllowedReferences.Count == 0 || context.Passages.Count == 0)
            return Fallback(ExtractiveFallback.ForAnswer(request.Fallback, FallbackReason.NoGrounding, "no passage or reference to cite"));

        var chat = SummaryPromptBuilder.BuildAnswer(context, request.Question, request.AsOf);
        var outcome = await AskModelAsync(chat, context, request.UserId, cancellationToken).ConfigureAwait(false);
        return outcome.Verified is { } ok
            ? Accepted(ok, context)
            : Fallback(ExtractiveFallback.ForAnswer(request.Fallback, outcome.Reason, outcome.Detail, outcome.HttpStatus));
    }

    public async Task<SummaryResult> SummarizeSpanAsync(SpanSummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = GroundingContext.Create(request.Language, request.Events, request.References, request.AsOf, request.Glossary, request.SummaryPassages, _fold);
        if (context.AllowedReferences.Count == 0 || context.Passages.Count == 0)
            return Fallback(ExtractiveFallback.ForSpan(request, FallbackReason.NoGrounding, "no passage or reference to cite"));

        var chat = SummaryPromptBuilder.BuildSpan(context, request.Year, request.Topic, request.AsOf);
        var outcome = await AskModelAsync(chat, context, request.UserId, cancellationToken).ConfigureAwait(false);
        return outcome.Verified is { } ok
            ? Accepted(ok, context)
            : Fallback(ExtractiveFallback.ForSpan(request, outcome.Reason, outcome.Detail, outcome.HttpStatus));
    }

    private async Task<ModelOutcome> AskModelAsync(ChatHistory chat, GroundingContext context, string? userId, CancellationToken cancellationToken)
    {
        if (!_quota.TryAcquire(userId))
            return ModelOutcome.Failed(FallbackReason.Quota, "per-user hourly model quota used up");

        using var deadline = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        ChatMessageContent reply;
        try
        {
            reply = await _chat.GetChatMessageContentAsync(chat, s_settings, kernel: null, linked.Token).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The caller gave up (shutdown, interaction gone): not a model problem, so no fallback text.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception ex) when (deadline.IsCancellationRequested || IsTimeout(ex))
        {
            return ModelOutcome.Failed(FallbackReason.Timeout, $"no reply within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpOperationException ex) when (ex.StatusCode is { } status)
        {
            return ModelOutcome.Failed(FallbackReason.HttpError, $"HTTP {(int)status}", (int)status);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Connection refused, unreadable JSON …: the exception type says enough; its message may echo the reply.
            return ModelOutcome.Failed(FallbackReason.ModelError, ex.GetType().Name + (ex.InnerException is { } inner ? "/" + inner.GetType().Name : ""));
        }

        if (RefusalOrCutOff(reply) is { } stop)
            return stop;
        var content = reply.Content ?? "";
        if (_apiKey is not null && content.Contains(_apiKey, StringComparison.Ordinal))
            return ModelOutcome.Failed(FallbackReason.PromptLeak, "the reply contains the API key");
        var verified = _verifier.Verify(content, context);
        return verified.Passed
            ? new ModelOutcome(verified, default, null, null)
            : ModelOutcome.Failed(verified.Failure!.Value, verified.Detail);
    }

    private static ModelOutcome? RefusalOrCutOff(ChatMessageContent reply)
    {
        if (reply.InnerContent is not ChatCompletion completion)
            return null;
        if (!string.IsNullOrEmpty(completion.Refusal))
            return ModelOutcome.Failed(FallbackReason.Refusal, "the model refused");
        return completion.FinishReason switch
        {
            ChatFinishReason.ContentFilter => ModelOutcome.Failed(FallbackReason.Refusal, "content filter"),
            ChatFinishReason.Length => ModelOutcome.Failed(FallbackReason.Truncated, "finish_reason=length"),
            _ => null,
        };
    }

    private static bool IsTimeout(Exception ex)
    {
        // HttpClient.Timeout surfaces as TaskCanceledException(TimeoutException), possibly wrapped by SK.
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is TimeoutException or OperationCanceledException)
                return true;
        return false;
    }

    private SummaryResult Accepted(VerificationResult verified, GroundingContext context)
    {
        LogAccepted(_logger, verified.CitedNumbers.Count);
        var citations = verified.CitedNumbers.Select(n => context.AllowedReferences[n]).ToArray();
        return new SummaryResult(SummaryResult.Llm, context.Language, true, verified.Text, citations);
    }

    private SummaryResult Fallback(SummaryResult result)
    {
        LogFallback(_logger, result.FallbackCode ?? "", result.FallbackDetail ?? "");
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model text not used ({Reason}: {Detail}); serving the extractive text")]
    private static partial void LogFallback(ILogger logger, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Model text verified ({Citations} references cited)")]
    private static partial void LogAccepted(ILogger logger, int citations);

    private readonly record struct ModelOutcome(VerificationResult? Verified, FallbackReason Reason, string? Detail, int? HttpStatus)
    {
        public static ModelOutcome Failed(FallbackReason reason, string? detail, int? httpStatus = null) => new(null, reason, detail, httpStatus);
    }
}
