namespace FeudBot.Knowledge.Model;

/// <summary>
/// Everything loaded from a knowledge folder, immutable. The host swaps whole snapshots on reload.
/// <see cref="Version"/> is a content hash of the files, so equal folders give equal versions.
/// </summary>
public sealed record KnowledgeSnapshot(
    IReadOnlyList<Story> Stories,
    Glossary Glossary,
    IReadOnlyList<Diagnostic> Warnings,
    string Version)
{
    /// <summary>The main story (the one with the most events): what the bot talks about.</summary>
    public Story Primary => Stories.OrderByDescending(s => s.Events.Count).ThenBy(s => s.Id, StringComparer.Ordinal).First();
}
