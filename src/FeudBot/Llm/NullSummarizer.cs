namespace FeudBot.Llm;

/// <summary>
/// The summarizer when <c>Llm:Enabled</c> is false: always the extractive text, with reason
/// <see cref="FallbackReason.Disabled"/>. Never touches the network.
/// </summary>
public sealed class NullSummarizer : IGroundedSummarizer
{
    /// <summary>The one instance (it has no state).</summary>
    public static NullSummarizer Instance { get; } = new();

    public bool IsEnabled => false;

    public Task<SummaryResult> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Task.FromResult(ExtractiveFallback.ForAnswer(request.Fallback, FallbackReason.Disabled));
    }

    public Task<SummaryResult> SummarizeSpanAsync(SpanSummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(ExtractiveFallback.ForSpan(request, FallbackReason.Disabled));
}
