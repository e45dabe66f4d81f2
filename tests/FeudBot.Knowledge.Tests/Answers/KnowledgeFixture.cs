using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Tests.Loading;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>The repository's knowledge folder loaded once, and an answerer over it, shared by the answer tests.</summary>
internal static class KnowledgeFixture
{
    private static readonly Lazy<KnowledgeSnapshot> LazySnapshot = new(() =>
    {
        var result = KnowledgeLoader.LoadDirectory(RepoPaths.Knowledge);
        return result.Snapshot ?? throw new InvalidOperationException(string.Join("\n", result.Errors));
    });

    private static readonly Lazy<Answerer> LazyAnswerer = new(() => new Answerer(Snapshot));

    public static KnowledgeSnapshot Snapshot => LazySnapshot.Value;

    public static Answerer Answerer => LazyAnswerer.Value;

    public static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "FeudBot.Knowledge.Tests", "Answers", "Fixtures", name);
}
