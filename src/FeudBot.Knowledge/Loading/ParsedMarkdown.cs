using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>What <see cref="MarkdownReader"/> found in a note: front matter text, blocks, passages, references.</summary>
internal sealed record ParsedMarkdown(
    string? FrontMatterYaml,
    int FrontMatterFirstLine,
    string? FirstHeading,
    IReadOnlyList<NoteBlock> Blocks,
    IReadOnlyList<Passage> Passages,
    IReadOnlyList<Reference> References);
