using System.Security.Cryptography;
using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Loads a knowledge folder (<c>*.md</c> notes and <c>glossary.yaml</c>) into an immutable
/// <see cref="KnowledgeSnapshot"/>: parse every note, group translations into stories, merge events by
/// key, link citations. All or nothing: any error gives a <see cref="LoadResult"/> without a snapshot
/// and with every error found (file:line). Never throws.
/// </summary>
public static class KnowledgeLoader
{
    /// <summary>The glossary's file name inside a knowledge folder.</summary>
    public const string GlossaryFileName = "glossary.yaml";

    /// <summary>Loads the folder at <paramref name="path"/> from disk.</summary>
    public static LoadResult LoadDirectory(string path) => LoadDirectory(path, PhysicalKnowledgeFileSystem.Instance);

    /// <summary>Loads the folder at <paramref name="path"/> through <paramref name="fileSystem"/>.</summary>
    public static LoadResult LoadDirectory(string path, IKnowledgeFileSystem fileSystem)
    {
        try
        {
            if (!fileSystem.DirectoryExists(path))
                return Failed(path, 1, $"knowledge folder '{path}' does not exist");
            var files = new List<KnowledgeFile>();
            foreach (var file in fileSystem.ListFiles(path).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var isNote = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
                var isGlossary = name.Equals(GlossaryFileName, StringComparison.OrdinalIgnoreCase) || name.Equals("glossary.yml", StringComparison.OrdinalIgnoreCase);
                if (isNote || isGlossary) files.Add(new KnowledgeFile(file, fileSystem.ReadAllText(file)));
            }
            return Load(files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or KeyNotFoundException or ArgumentException)
        {
            return Failed(path, 1, "cannot read the knowledge folder: " + ex.Message);
        }
    }

    /// <summary>
    /// Loads an in-memory file set: every <c>.md</c> file is a note, a file named
    /// <see cref="GlossaryFileName"/> (or glossary.yml) is the glossary.
    /// </summary>
    public static LoadResult Load(IReadOnlyList<KnowledgeFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        try
        {
            var glossary = Glossary.Empty;
            foreach (var file in files.Where(IsGlossary))
            {
                glossary = GlossaryParser.Parse(file, diagnostics) ?? Glossary.Empty;
            }
            var actors = new ActorMatcher(glossary);
            var notes = new List<Note>();
            foreach (var file in files.Where(f => !IsGlossary(f)).OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                if (NoteParser.Parse(file, actors, diagnostics) is { } note) notes.Add(note);
            }
            if (notes.Count == 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, files.Count > 0 ? files[0].Path : "(knowledge)", 1, "no notes (*.md) to load"));
            if (diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)) return new LoadResult(null, Sorted(diagnostics));

            var stories = StoryBuilder.Build(notes, diagnostics);
            var warnings = Sorted(diagnostics);
            return new LoadResult(new KnowledgeSnapshot(stories, glossary, warnings, Version(files)), warnings);
        }
#pragma warning disable CA1031 // The loader's contract is "never throw": a parser bug becomes a diagnostic, not a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, files.Count > 0 ? files[0].Path : "(knowledge)", 1, "internal error while loading (please report it): " + ex.GetType().Name + ": " + ex.Message));
            return new LoadResult(null, Sorted(diagnostics));
        }
    }

    private static bool IsGlossary(KnowledgeFile f)
    {
        var name = Path.GetFileName(f.Path);
        return name.Equals(GlossaryFileName, StringComparison.OrdinalIgnoreCase) || name.Equals("glossary.yml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>SHA-256 over the file names and contents in name order: equal folders, equal versions.</summary>
    private static string Version(IReadOnlyList<KnowledgeFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => Path.GetFileName(f.Path), StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file.Path) + "\0" + file.Content + "\0"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static IReadOnlyList<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Severity).ToArray();

    private static LoadResult Failed(string file, int line, string message) =>
        new(null, [new Diagnostic(DiagnosticSeverity.Error, file, line, message)]);
}
