using System.Runtime.CompilerServices;
using FeudBot.Knowledge.Collections;
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
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<RankedEvent> Rank(ParsedQuestion question, IReadOnlyList<SearchHit> hits, IReadOnlyDictionary<string, TimelineEvent> events,
        IReadOnlyDictionary<string, IReadOnlySet<string>> entitiesOfEvent, Func<IndexedSentence, float> bonded)
    {
        // Events in the order their first hit appears, each with its hits in hit order (as GroupBy yields them;
        // the final sort is not stable, so its input order must stay the same). A question has at most a few
        // dozen hits: a linear scan of the groups is cheaper than hashing event keys into a Lookup. Each group is
        // counted first and then filled into an array of its exact size (no list regrowing per question).
        var n = hits.Count;
        Span<int> groupOf = n <= 128 ? stackalloc int[n] : new int[n];
        Span<int> sizes = n <= 128 ? stackalloc int[n] : new int[n];
        var keys = new string[n];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            var key = hits[i].Sentence.EventKey;
            var at = 0;
            while (at < count && keys[at] != key) at++;
            if (at == count) keys[count++] = key;
            groupOf[i] = at;
            sizes[at]++;
        }
        var groups = new SearchHit[count][];
        for (var g = 0; g < count; g++) groups[g] = new SearchHit[sizes[g]];
        sizes.Clear();
        for (var i = 0; i < n; i++) groups[groupOf[i]][sizes[groupOf[i]]++] = hits[i];
        var ranked = new List<RankedEvent>(count);
        for (var g = 0; g < count; g++)
        {
            var group = groups[g];
            if (!events.TryGetValue(keys[g], out var e)) continue;
            for (var i = 0; i < group.Length; i++)
            {
                var h = group[i];
                group[i] = h with { Score = h.Score * SentenceFactor(question, h.Sentence) * bonded(h.Sentence) };
            }
            SortByScoreDescending(group);
            double score = group[0].Score + (group.Length > 1 ? 0.3 * group[1].Score : 0);
            score *= EventFactor(question.Intent, e);
            // An event whose own text names every person, company or term the question names beats one that
            // names some (its own text: not the note's leftover sentences attached to it).
            if (question.Entities.Count > 0 && entitiesOfEvent.TryGetValue(e.Key, out var named))
                score *= 0.1 + 0.9 * NamedCount(question.Entities, named) / question.Entities.Count;
            ranked.Add(new RankedEvent(e, score, group));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score) is var c && c != 0 ? c : a.Event.Date.CompareTo(b.Event.Date));
        return ranked;
    }

    /// <summary>Insertion sort, highest score first, equal scores in their original order: the stable order
    /// OrderByDescending gave (List.Sort is not stable). An event has a handful of hits.</summary>
    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortByScoreDescending(SearchHit[] hits)
    {
        for (var i = 1; i < hits.Length; i++)
        {
            var h = hits[i];
            var j = i - 1;
            for (; j >= 0 && hits[j].Score < h.Score; j--) hits[j + 1] = hits[j];
            hits[j + 1] = h;
        }
    }

    private static int NamedCount(IReadOnlyList<string> entities, IReadOnlySet<string> named)
    {
        var count = 0;
        foreach (var id in entities.Items())
        {
            if (named.Contains(id)) count++;
        }
        return count;
    }

    private static float SentenceFactor(ParsedQuestion question, IndexedSentence sentence)
    {
        var factor = sentence.IsTitle ? 0.5f : 1f;
        if (question.Intent == QuestionIntent.HowMuch && sentence.HasFigure) factor *= 1.5f;
        // A "when" answer is best taken from a sentence that itself states a year.
        if (question.Intent == QuestionIntent.When && sentence.StatesYear) factor *= 1.3f;
        // A "why" answer is best taken from a sentence that itself states a reason or a purpose (Reasons).
        if (question.Intent == QuestionIntent.Why && sentence.StatesReason) factor *= 1.3f;
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
}
