using System.Text;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Text;

namespace FeudBot.Llm;

/// <summary>The texts served without a model: the extractive answer, or for a span the note's own summary plus the event titles.</summary>
public static class ExtractiveFallback
{
    private const string SimplifiedChinese = "zh-Hans";

    /// <summary>The extractive <paramref name="answer"/> as a result, with why the model text was not used.</summary>
    public static SummaryResult ForAnswer(Answer answer, FallbackReason reason, string? detail = null, int? httpStatus = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new SummaryResult(SummaryResult.Extractive, answer.Language, answer.Answered, answer.Text, answer.Citations, reason, detail, httpStatus);
    }

    /// <summary>
    /// The note's summary passage(s), then one line per event (<c>- 2025-02: title</c>) in the order given,
    /// citing every reference the events cite. A zh-Hans reader is given the zh-Hant note's words, so the
    /// text is shown in Simplified characters.
    /// </summary>
    public static SummaryResult ForSpan(SpanSummaryRequest request, FallbackReason reason, string? detail = null, int? httpStatus = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sb = new StringBuilder();
        foreach (var p in request.SummaryPassages)
            sb.Append(p.Text.Trim()).Append("\n\n");
        foreach (var e in request.Events)
            sb.Append("- ").Append(e.Date.ToIsoString()).Append(": ").Append(GroundingContext.ClosestText(e, request.Language).Title).Append('\n');

        var cited = request.Events.SelectMany(e => e.Citations).Select(c => c.Reference.Number).ToHashSet();
        var citations = request.References.Where(r => cited.Contains(r.Number)).OrderBy(r => r.Number).ToArray();
        var text = sb.ToString().TrimEnd();
        if (request.Language == SimplifiedChinese)
            text = SimplifiedDisplay.ToSimplified(text);
        return new SummaryResult(SummaryResult.Extractive, request.Language, text.Length > 0, text, citations, reason, detail, httpStatus);
    }
}
