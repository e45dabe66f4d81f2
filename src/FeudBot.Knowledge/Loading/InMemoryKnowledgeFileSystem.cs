namespace FeudBot.Knowledge.Loading;

/// <summary>A knowledge folder held in memory, for tests: file name → content, all in one directory.</summary>
public sealed class InMemoryKnowledgeFileSystem(IReadOnlyDictionary<string, string> files) : IKnowledgeFileSystem
{
    public bool DirectoryExists(string directory) => true;

    public IEnumerable<string> ListFiles(string directory) => files.Keys.Select(name => Path.Combine(directory, name));

    public string ReadAllText(string path) => files[Path.GetFileName(path)];
}
