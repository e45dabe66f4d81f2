using BenchmarkDotNet.Attributes;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Benchmarks;

/// <summary>
/// Loading the knowledge folder: parse every note (Markdig + YamlDotNet), merge translations, link
/// citations. Target (issue 2): median under 20 ms.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KnowledgeLoadBenchmarks
{
    private string _folder = "";
    private KnowledgeFile[] _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = FindKnowledgeFolder();
        _files = Directory.GetFiles(_folder).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(f => new KnowledgeFile(f, File.ReadAllText(f))).ToArray();
    }

    /// <summary>The whole load as the bot and <c>check</c> do it, file reads included.</summary>
    [Benchmark(Baseline = true)]
    public KnowledgeSnapshot? LoadFolder() => KnowledgeLoader.LoadDirectory(_folder).Snapshot;

    /// <summary>Parse, merge and link only (files already in memory).</summary>
    [Benchmark]
    public KnowledgeSnapshot? LoadInMemory() => KnowledgeLoader.Load(_files).Snapshot;

    // BenchmarkDotNet runs this from a generated project below the repository: walk up to FeudBot.sln.
    private static string FindKnowledgeFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return Path.Combine(dir.FullName, "knowledge");
        }
        return Path.Combine(AppContext.BaseDirectory, "knowledge");
    }
}
