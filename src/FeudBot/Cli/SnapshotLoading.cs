using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Cli;

/// <summary>Loads the knowledge folder for a verb and reports errors as <c>file:line: message</c>.</summary>
public static class SnapshotLoading
{
    /// <summary>The snapshot, or null after writing every error to <paramref name="error"/>.</summary>
    public static KnowledgeSnapshot? Load(string folder, TextWriter error)
    {
        var result = KnowledgeLoader.LoadDirectory(folder);
        if (result.Snapshot is { } snapshot) return snapshot;
        WriteErrors(result, error);
        return null;
    }

    public static void WriteErrors(LoadResult result, TextWriter error)
    {
        foreach (var d in result.Errors) error.WriteLine(Describe(d));
        var count = result.Errors.Count();
        error.WriteLine($"{count} error{(count == 1 ? "" : "s")}: the knowledge folder was not loaded.");
    }

    /// <summary>One diagnostic as <c>file:line: message</c>, the file shortened by <see cref="Display"/>.</summary>
    public static string Describe(Diagnostic diagnostic) => $"{Display(diagnostic.File)}:{diagnostic.Line}: {diagnostic.Message}";

    /// <summary>A path relative to the working directory when it is below it, for shorter messages.</summary>
    public static string Display(string path)
    {
        try
        {
            var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
        }
        catch (ArgumentException)
        {
            return path;
        }
    }
}
