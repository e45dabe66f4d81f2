namespace FeudBot.Knowledge.Model;

/// <summary>
/// The outcome of loading a knowledge folder: all or nothing. Either a snapshot (with warnings) or the
/// errors that prevented one, each naming its file and line.
/// </summary>
public sealed record LoadResult(KnowledgeSnapshot? Snapshot, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Snapshot is not null;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
}
