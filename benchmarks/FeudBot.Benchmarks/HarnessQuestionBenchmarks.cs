using BenchmarkDotNet.Attributes;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;

namespace FeudBot.Benchmarks;

/// <summary>
/// The bot-load harness's questions, each with the language hint its Discord locale maps to, answered by the
/// engine alone at steady state (BenchmarkDotNet warms up past tiered JIT; <c>bot-load --engine</c> times the
/// first 2,200 calls instead, tiering included). Complements <see cref="AnswerBenchmarks"/> (other questions, no hint).
/// Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- --filter '*HarnessQuestionBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HarnessQuestionBenchmarks
{
    private Answerer _answerer = null!;

    // "question|hint": the harness's locales zh-TW, zh-CN and en-US map to zh-Hant, zh-Hans and en.
    [Params(
        "When did Musk sue OpenAI?|en",
        "馬斯克何時起訴OpenAI？|zh-Hant",
        "马斯克什么时候创立xAI？|zh-Hans",
        "How much did Musk offer for OpenAI?|en",
        "奧特曼怎麼評價馬斯克？|zh-Hant",
        "What did xAI accuse OpenAI of in September 2025?|en",
        "马斯克为什么离开OpenAI董事会？|zh-Hans",
        "Who is the CEO of Apple?|en")]
    public string QuestionAndHint { get; set; } = "";

    private string _question = "";
    private string _hint = "";

    [GlobalSetup]
    public void Setup()
    {
        var result = KnowledgeLoader.LoadDirectory(AnswerBenchmarks.FindKnowledge());
        _answerer = new Answerer(result.Snapshot ?? throw new InvalidOperationException(string.Join("\n", result.Errors)));
        var bar = QuestionAndHint.LastIndexOf('|');
        (_question, _hint) = (QuestionAndHint[..bar], QuestionAndHint[(bar + 1)..]);
    }

    [GlobalCleanup]
    public void Cleanup() => _answerer.Dispose();

    [Benchmark]
    public Answer Ask() => _answerer.Ask(_question, _hint);
}
