using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// One sentence of the note as indexed: the event it belongs to, its language, its position in the
/// event's text (so answers keep the note's order) and whether it is the event's title.
/// </summary>
public sealed record IndexedSentence(int Id, string EventKey, string Language, string Text, int Order, bool IsTitle)
{
    /// <summary>
    /// <see cref="Figures.Has"/> of <see cref="Text"/>, computed once when the index is built: the ranker asks it
    /// of every candidate sentence of every "how much" question, and its case-insensitive scans for magnitude
    /// words (億, million) were a tenth of the bot's CPU.
    /// </summary>
    public bool HasFigure { get; } = Figures.Has(Text);

    /// <summary><see cref="Degrees.Stated"/> of <see cref="Text"/>, computed once: a degree in words ("very little")
    /// answers a "how much" asked of a deed.</summary>
    public bool StatesDegree { get; } = Degrees.Stated(Text);

    /// <summary><see cref="Years.Stated"/> of <see cref="Text"/>, computed once (asked of every candidate of a "when" question).</summary>
    public bool StatesYear { get; } = Years.Stated(Text);

    /// <summary><see cref="Reasons.Stated"/> of <see cref="Text"/>, computed once (asked of every candidate of a "why" question).</summary>
    public bool StatesReason { get; } = Reasons.Stated(Text);
}
