using System.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>The real disk.</summary>
public sealed class PhysicalKnowledgeFileSystem : IKnowledgeFileSystem
{
    /// <summary>The shared instance (the type has no state).</summary>
    public static PhysicalKnowledgeFileSystem Instance { get; } = new();

    public bool DirectoryExists(string directory) => Directory.Exists(directory);

    public IEnumerable<string> ListFiles(string directory) => Directory.EnumerateFiles(directory);

    public string ReadAllText(string path) => File.ReadAllText(path, Encoding.UTF8);
}
