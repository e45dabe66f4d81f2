using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Paging;

/// <summary>
/// Decides whether an event passes a timeline query's year, person and topic filters. Text is compared
/// after <c>fold</c>, which the host sets to the answer engine's normalizer (width, case and
/// Traditional→Simplified folding) so "马斯克" finds "馬斯克"; the default folds width and case only.
/// </summary>
public sealed class TimelineFilter(Func<string, string>? fold = null)
{
    private readonly Func<string, string> _fold = fold ?? DefaultFold;

    /// <summary>The fold this filter compares with, for callers that match the same way (autocomplete).</summary>
    public string Fold(string text) => _fold(text);

    public bool Matches(TimelineEvent e, Glossary glossary, TimelineQuery query)
    {
        if (query.Year is { } year && e.Date.Year != year) return false;
        if (query.Person is { } person && !InvolvesPerson(e, glossary, person)) return false;
        if (query.Topic is { } topic && !MentionsTopic(e, topic)) return false;
        return true;
    }

    /// <summary>
    /// The loader tags each event with the glossary ids it names (whole-word for Latin aliases, so "X"
    /// does not match inside "xAI"); trust those. An id the glossary does not know can only be looked
    /// for in the text.
    /// </summary>
    private bool InvolvesPerson(TimelineEvent e, Glossary glossary, string personId)
    {
        if (glossary.Entries.Any(g => g.Id.Equals(personId, StringComparison.OrdinalIgnoreCase)))
            return e.Actors.Any(a => a.Equals(personId, StringComparison.OrdinalIgnoreCase));

        var folded = _fold(personId);
        return e.Actors.Any(a => _fold(a) == folded)
               || e.Texts.Values.Any(t => _fold(t.Text).Contains(folded, StringComparison.Ordinal));
    }

    private bool MentionsTopic(TimelineEvent e, string topic)
    {
        var folded = _fold(topic);
        return folded.Length == 0
            || e.Texts.Values.Any(t => _fold(t.Title).Contains(folded, StringComparison.Ordinal)
                                       || _fold(t.Text).Contains(folded, StringComparison.Ordinal));
    }

    /// <summary>NFKC (full-width → ASCII) and invariant lower case.</summary>
    public static string DefaultFold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
