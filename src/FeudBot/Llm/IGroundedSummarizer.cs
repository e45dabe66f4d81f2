namespace FeudBot.Llm;

/// <summary>
/// Phrases an answer or a summary with a language model, grounded only in the passages handed in, and
/// checked in code (<see cref="AnswerVerifier"/>) before anything is returned. Never throws for model
/// trouble: a disabled model, the quota, a timeout, an HTTP error, a refusal or a failed check all give
/// the extractive text with <see cref="SummaryResult.Fallback"/> saying why. Only the caller's own
/// cancellation propagates (as <see cref="OperationCanceledException"/>).
/// </summary>
public interface IGroundedSummarizer
{
    /// <summary>True when a model is configured; callers defer a Discord interaction only then.</summary>
    bool IsEnabled { get; }

    /// <summary>Answers <see cref="SummaryRequest.Question"/> from the retrieved events (for <c>ask</c>, <c>/ask</c>, mentions).</summary>
    Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);

    /// <summary>A short grounded summary of the feud or a part of it (for <c>/summary [year] [topic]</c>).</summary>
    Task<SummaryResult> SummarizeSpanAsync(SpanSummaryRequest request, CancellationToken cancellationToken);
}
