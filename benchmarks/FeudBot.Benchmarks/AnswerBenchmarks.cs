using BenchmarkDotNet.Attributes;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;

namespace FeudBot.Benchmarks;

/// <summary>
/// Answering one question end to end (normalize, understand, check coverage, retrieve, rank, compose) on
/// the repository's knowledge folder. Target: median under 100 µs per question.
/// Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- --filter '*AnswerBenchmarks*' --job short</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnswerBenchmarks
{
    private Answerer _answerer = null!;

    [Params(
        "馬斯克為什麼離開OpenAI董事會？",
        "马斯克收购OpenAI的报价被接受了吗？",
        "What did Musk's lawsuit claim?",
        "特斯拉2024年的營收是多少？",
        "When did Musk quit Tesla?", // relation check across the story's languages, declined
        "把2025年的事件列舉出來")] // list request composed as a span
    public string Question { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var result = KnowledgeLoader.LoadDirectory(FindKnowledge());
        _answerer = new Answerer(result.Snapshot ?? throw new InvalidOperationException(string.Join("\n", result.Errors)));
    }

    [GlobalCleanup]
    public void Cleanup() => _answerer.Dispose();

    [Benchmark]
    public Answer Ask() => _answerer.Ask(Question);

    // BenchmarkDotNet runs from a generated folder below the project's bin/: walk up to the repository.
    internal static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "knowledge");
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln")) && Directory.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException("knowledge/ not found above " + AppContext.BaseDirectory);
    }
}
