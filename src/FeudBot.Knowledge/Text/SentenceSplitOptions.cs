namespace FeudBot.Knowledge.Text;

/// <summary>
/// What a caller of <see cref="SentenceSplitter"/> needs beyond the common rules: note prose for the
/// event extractor (<see cref="Default"/>), note text for the story index (<see cref="NoteText"/>) and
/// model answers for the LLM verifier (<see cref="ModelText"/>).
/// </summary>
public sealed record SentenceSplitOptions
{
    /// <summary>The common rules only: 。！？ and . ! ? before a space or a closing quote.</summary>
    public static SentenceSplitOptions Default { get; } = new();

    /// <summary>Note text for search: line breaks and ；end sentences; Markdown emphasis is removed.</summary>
    public static SentenceSplitOptions NoteText { get; } = new() { BreakAtLineEnds = true, BreakAtSemicolons = true, StripEmphasis = true };

    /// <summary>Model answers: line breaks end sentences, <c>[n]</c> markers stay with the sentence they follow, . before Han ends one.</summary>
    public static SentenceSplitOptions ModelText { get; } = new() { BreakAtLineEnds = true, CitationMarkers = true, BreakBeforeHan = true };

    /// <summary>A line break always ends a sentence (lists and model output put one statement per line).</summary>
    public bool BreakAtLineEnds { get; init; }

    /// <summary>The full-width semicolon ；ends a sentence (Chinese notes chain statements with it).</summary>
    public bool BreakAtSemicolons { get; init; }

    /// <summary>
    /// Drop <c>**</c> and <c>__</c> before splitting. Changes indices, so only <see cref="SentenceSplitter.Split"/>
    /// accepts it, not <see cref="SentenceSplitter.SplitRanges"/>.
    /// </summary>
    public bool StripEmphasis { get; init; }

    /// <summary>
    /// <c>[n]</c> markers right after a sentence end belong to that sentence (<c>他說「…。」[1]</c>, <c>It was. [2]</c>);
    /// . before a marker ends a sentence even after an abbreviation; a piece without letters or digits is dropped,
    /// or joins the previous sentence when it holds markers.
    /// </summary>
    public bool CitationMarkers { get; init; }

    /// <summary>. ! ? directly before a Han character end a sentence (model text mixing scripts: <c>OpenAI.他</c>).</summary>
    public bool BreakBeforeHan { get; init; }
}
