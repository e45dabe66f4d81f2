using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

/// <summary>The repository's own knowledge folder, loaded once per test run.</summary>
internal static class RepoKnowledge
{
    private static readonly Lazy<KnowledgeSnapshot> Loaded = new(Load);

    public static string Folder { get; } = FindFolder();

    public static KnowledgeSnapshot Snapshot => Loaded.Value;

    private static KnowledgeSnapshot Load()
    {
        var result = KnowledgeLoader.LoadDirectory(Folder);
        return result.Snapshot ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return Path.Combine(dir.FullName, "knowledge");
        }

        throw new InvalidOperationException("FeudBot.sln not found above " + AppContext.BaseDirectory);
    }
}
