namespace FeudBot.Knowledge.Loading;

/// <summary>
/// The file-system seam of <see cref="KnowledgeLoader"/>: production reads the disk
/// (<see cref="PhysicalKnowledgeFileSystem"/>), tests pass files in memory
/// (<see cref="InMemoryKnowledgeFileSystem"/>).
/// </summary>
public interface IKnowledgeFileSystem
{
    /// <summary>True when <paramref name="directory"/> exists.</summary>
    bool DirectoryExists(string directory);

    /// <summary>The files directly inside <paramref name="directory"/> (full paths), in any order.</summary>
    IEnumerable<string> ListFiles(string directory);

    /// <summary>The UTF-8 text of <paramref name="path"/>.</summary>
    string ReadAllText(string path);
}
