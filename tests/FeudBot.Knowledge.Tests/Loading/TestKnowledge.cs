using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Loading helpers shared by the tests: the real folder (once) and in-memory file sets.</summary>
internal static class TestKnowledge
{
    private static readonly Lazy<KnowledgeSnapshot> RealSnapshot = new(() =>
    {
        var result = KnowledgeLoader.LoadDirectory(RepoPaths.Knowledge);
        return result.Snapshot ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    });

    public static KnowledgeSnapshot Real => RealSnapshot.Value;

    public static Note RealNote(string language) => Real.Primary.Notes.Single(n => n.Language == language);

    /// <summary>Loads files given as name → content (a glossary.yaml among them is the glossary).</summary>
    public static LoadResult Memory(params (string Name, string Content)[] files) =>
        KnowledgeLoader.Load(files.Select(f => new KnowledgeFile(f.Name, f.Content)).ToArray());

    /// <summary>Loads one test note from tests/.../Notes, alone.</summary>
    public static Note TestNote(string fileName)
    {
        var path = Path.Combine(RepoPaths.TestNotes, fileName);
        var result = KnowledgeLoader.Load([new KnowledgeFile(fileName, File.ReadAllText(path))]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Snapshot!.Stories.Single().Notes.Single();
    }

    public static string[] Keys(Note note) => note.Events.Select(e => e.Key).ToArray();

    public static NoteEvent Event(Note note, string key) => note.Events.Single(e => e.Key == key);
}
