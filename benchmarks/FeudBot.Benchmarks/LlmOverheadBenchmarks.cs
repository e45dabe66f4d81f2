using BenchmarkDotNet.Attributes;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;

namespace FeudBot.Benchmarks;

/// <summary>
/// The model path's own cost, excluding model time (issue 6): grounding context + prompt for a typical
/// question over four events, and verifying a typical three-sentence reply. Report the medians.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LlmOverheadBenchmarks
{
    private const string Reply =
        "<think>The passages give 974億美元.</think>2025年2月，馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕[2]。" +
        "8月，雙方在X上就蘋果排名公開爭執，馬斯克反譏奧特曼為「詐騙奧特曼」[3][6]。" +
        "時至今日（2025年10月），兩人的關係已公開敵對[5]。";

    private static readonly SourceSpan s_span = new("note.md", 1, 1);
    private IReadOnlyList<TimelineEvent> _events = null!;
    private IReadOnlyList<Reference> _references = null!;
    private GroundingContext _context = null!;
    private readonly AnswerVerifier _verifier = new();

    [GlobalSetup]
    public void Setup()
    {
        _references = Enumerable.Range(1, 7).Select(n => new Reference(n, $"參考資料 {n}", new Uri($"https://example.com/{n}"), null, s_span)).ToArray();
        _events =
        [
            Event("2015", new EventDate(2015), [1, 2], "2015年，他們共同創辦了OpenAI，當時定位為非營利組織，旨在開發安全、開源的通用人工智能（AGI）以造福人類。"),
            Event("2025-02", new EventDate(2025, 2), [2, 7], "2月：馬斯克試圖以974億美元收購OpenAI，遭斷然拒絕。"),
            Event("2025-08", new EventDate(2025, 8), [3, 6, 7], "8月：雙方在X上就蘋果疑似提升OpenAI應用程式排名公開爭執；奧特曼指控馬斯克操縱X平台為其企業謀利，馬斯克則反譏其為「詐騙奧特曼」。"),
            Event("2025-10", new EventDate(2025, 10), [5], "時至今日（2025年10月），兩人的關係已公開敵對。馬斯克多次在X上稱奧特曼為「小指頭」。"),
        ];
        _context = BuildContext();
        if (!_verifier.Verify(Reply, _context).Passed)
            throw new InvalidOperationException("The benchmark reply must pass verification, or the benchmark measures an early exit.");
    }

    [Benchmark(Description = "context + prompt")]
    public int BuildPrompt()
    {
        var chat = SummaryPromptBuilder.BuildAnswer(BuildContext(), "馬斯克和奧特曼2025年發生了什麼？", new EventDate(2025, 10));
        return chat[1].Content!.Length;
    }

    [Benchmark(Description = "verify reply")]
    public bool Verify() => _verifier.Verify(Reply, _context).Passed;

    [Benchmark(Description = "context + prompt + verify")]
    public bool Whole()
    {
        var context = BuildContext();
        _ = SummaryPromptBuilder.BuildAnswer(context, "馬斯克和奧特曼2025年發生了什麼？", new EventDate(2025, 10));
        return _verifier.Verify(Reply, context).Passed;
    }

    private GroundingContext BuildContext() => GroundingContext.Create("zh-Hant", _events, _references, new EventDate(2025, 10));

    private TimelineEvent Event(string key, EventDate date, int[] refs, string text)
    {
        var passage = new Passage("p-" + key, text, ["紛爭關鍵升級點"], s_span);
        var texts = new Dictionary<string, EventText> { ["zh-Hant"] = new("zh-Hant", key, text, [passage]) };
        return new TimelineEvent(key, date, EventKind.Escalation, texts, [], refs.Select(n => new Citation(_references[n - 1], 1, "bench")).ToArray());
    }
}
