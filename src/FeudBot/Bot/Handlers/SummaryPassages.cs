using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// Finds a note's own summary: its closing paragraph, where a note states its overall verdict (in the
/// repository's notes, "Overall, …" / 「總而言之，…」). A lead-in that only introduces a list ("2025: A year of
/// flashpoints:") is not one. Only whole-feud summaries use it; a year or a topic is summarized from its
/// events alone, since the note's verdict is about the whole feud.
/// </summary>
public static class SummaryPassages
{
    /// <summary>The summary passage of <paramref name="note"/>, or none when it has no closing paragraph.</summary>
    public static IReadOnlyList<Passage> Of(Note note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var closing = note.Passages.LastOrDefault(p => p.Text.TrimEnd() is { Length: > 0 } t && t[^1] is not (':' or '：'));
        return closing is null ? [] : [closing];
    }
}
