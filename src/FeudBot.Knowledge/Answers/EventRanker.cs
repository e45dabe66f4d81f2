using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// Turns sentence hits into ranked events: an event scores its best sentence plus a share of its second,
/// then the intent adjusts it (questions about the present prefer the present-state event; "when"
/// questions prefer dated events; "how much" prefers sentences with figures), and events that name all the
/// people and companies the question names come first.
/// </summary>
internal static class EventRanker
{
    public static List<RankedEvent> Rank(ParsedQuestion question, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, TimelineEvent> events,
        IReadOnlyDictionary<string, IReadOnlySet<string>> entitiesOfEvent, Func<IndexedSentence, float> bonded)
    {
        var ranked = new List<RankedEvent>();
        foreach (var group in hits.GroupBy(h => h.Sentence.EventKey))
        {
            if (!events.TryGetValue(group.Key, out var e)) continue;
            var sorted = group.Select(h => h with { Score = h.Score * SentenceFactor(question, h.Sentence) * bonded(h.Sentence) })
                .OrderByDescending(h => h.Score).ToList();
            double score = sorted[0].Score + (sorted.Count > 1 ? 0.3 * sorted[1].Score : 0);
            score *= EventFactor(question.Intent, e);
            // An event whose own text names every person, company or term the question names beats one that
            // names some (its own text: not the note's leftover sentences attached to it).
            if (question.Entities.Count > 0 && entitiesOfEvent.TryGetValue(e.Key, out var named))
                score *= 0.1 + 0.9 * question.Entities.Count(named.Contains) / question.Entities.Count;
            ranked.Add(new RankedEvent(e, score, sorted));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Event.Date.CompareTo(b.Event.Date));
        return ranked;
    }

    private static float SentenceFactor(ParsedQuestion question, IndexedSentence sentence)
    {
        var factor = sentence.IsTitle ? 0.5f : 1f;
        if (question.Intent == QuestionIntent.HowMuch && Figures.Has(sentence.Text)) factor *= 1.5f;
        // A "when" answer is best taken from a sentence that itself states a year.
        if (question.Intent == QuestionIntent.When && StatesYear(sentence.Text)) factor *= 1.3f;
        return factor;
    }

    private static double EventFactor(QuestionIntent intent, TimelineEvent e) => (intent, e.Kind) switch
    {
        (QuestionIntent.Now, EventKind.PresentState) => 1.6,
        (QuestionIntent.When, EventKind.PresentState) => 0.6,
        (QuestionIntent.Why, EventKind.PresentState) => 0.8,
        (QuestionIntent.HowMuch, EventKind.PresentState) => 0.8,
        _ => 1,
    };

    private static bool StatesYear(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (text[i] is '1' or '2' && (text[i + 1] is '9' or '0') && char.IsAsciiDigit(text[i + 2]) && char.IsAsciiDigit(text[i + 3])
                && (i == 0 || !char.IsAsciiDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsAsciiDigit(text[i + 4])))
                return true;
        }
        return false;
    }
}
