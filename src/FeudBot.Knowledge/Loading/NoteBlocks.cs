using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>A top-level piece of a note's body, in document order.</summary>
internal abstract record NoteBlock;

/// <summary>A paragraph outside any list.</summary>
internal sealed record ProseBlock(Passage Passage) : NoteBlock;

/// <summary>A list (outside the reference section) and its items.</summary>
internal sealed record ListNode(IReadOnlyList<ItemNode> Items) : NoteBlock;

/// <summary>
/// One list item: its first paragraph (<see cref="Lead"/>), any further paragraphs, nested items, and
/// the year the nearest heading above it states (for month-only labels).
/// </summary>
internal sealed class ItemNode
{
    public Passage? Lead { get; init; }

    /// <summary>Length of the bold prefix of <see cref="Lead"/>'s text (0 if none).</summary>
    public int StrongLength { get; init; }

    public List<Passage> Extra { get; } = [];

    public List<ItemNode> Children { get; } = [];

    public int? HeadingYear { get; init; }

    public required SourceSpan Span { get; init; }
}
