namespace FeudBot.Llm;

/// <summary>
/// The verdict on one model reply. When <see cref="Passed"/>, <see cref="Text"/> is the reply ready to
/// show (think blocks removed, trimmed) and <see cref="CitedNumbers"/> the references it cites.
/// Otherwise <see cref="Failure"/> says which check failed and <see cref="Detail"/> what tripped it.
/// </summary>
public sealed record VerificationResult(bool Passed, string Text, IReadOnlyList<int> CitedNumbers, FallbackReason? Failure, string? Detail)
{
    internal static VerificationResult Fail(FallbackReason reason, string? detail = null) => new(false, "", [], reason, detail);
}
