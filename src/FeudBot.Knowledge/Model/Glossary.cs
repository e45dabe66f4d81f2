namespace FeudBot.Knowledge.Model;

/// <summary>The parsed <c>glossary.yaml</c>.</summary>
public sealed record Glossary(IReadOnlyList<GlossaryEntry> Entries)
{
    public static Glossary Empty { get; } = new([]);
}
