using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

// The filters Ask applies, as loops in methods of their own rather than lambdas in Ask: a lambda that captures
// the question makes Ask allocate its closure on every call, even when the branch using it is not taken. Each
// gives what the LINQ it replaces gave, in the same order.
public sealed partial class Answerer
{
    private static bool AnyOutside(IReadOnlyList<DateMention> dates, EventDate first, EventDate asOf)
    {
        foreach (var d in dates.Items())
        {
            if (d.IsOutside(first, asOf)) return true;
        }
        return false;
    }

    /// <summary>The story's events on any of the dates, in story order.</summary>
    private List<TimelineEvent> OnDates(IReadOnlyList<DateMention> dates)
    {
        var events = new List<TimelineEvent>();
        foreach (var e in _story.Events.Items())
        {
            foreach (var d in dates.Items())
            {
                if (!d.Matches(e.Date)) continue;
                events.Add(e);
                break;
            }
        }
        return events;
    }

    /// <summary>The hits on sentences of the events, in hit order.</summary>
    private static List<SearchHit> OfEvents(IReadOnlyList<SearchHit> hits, IReadOnlyList<TimelineEvent> events)
    {
        var kept = new List<SearchHit>(hits.Count);
        foreach (var h in hits.Items())
        {
            foreach (var e in events.Items())
            {
                if (e.Key != h.Sentence.EventKey) continue;
                kept.Add(h);
                break;
            }
        }
        return kept;
    }

    private bool AllTitleWords(IReadOnlyList<string> content)
    {
        foreach (var c in content.Items())
        {
            if (!IsTitleWord(c)) return false;
        }
        return true;
    }

    private bool AllTitleEntities(IReadOnlyList<string> entities)
    {
        foreach (var id in entities.Items())
        {
            if (!_titleEntities.Contains(id)) return false;
        }
        return true;
    }

    private bool AnyNotActor(IReadOnlyList<string> entities)
    {
        foreach (var id in entities.Items())
        {
            if (!_actors.Contains(id)) return true;
        }
        return false;
    }

    /// <summary>Every event that names all the question names, in date order.</summary>
    private List<TimelineEvent> NamingAll(ParsedQuestion q) => _story.Events.Where(e => NamesAll(e, q)).OrderBy(e => e.Date).ToList();

    /// <summary>"How is Microsoft involved", 蘋果扮演什麼角色: every event that names it, in order; null when fewer than two do.</summary>
    private Answer? Involvement(ParsedQuestion q)
    {
        var naming = NamingAll(q);
        // Each event is quoted by a sentence that names it (微軟的投資, not the board resignation next to it).
        var entity = q.Entities[0];
        var mentions = _index.Sentences.Where(s => !s.IsTitle && _aliases.CanonicalOf(entity, s.Language != "en") is { Length: > 0 } name
            && _canonicalSentences[s.Id].Contains(name, StringComparison.Ordinal)).Select(s => new SearchHit(s, 1f / (1 + s.Order))).ToList();
        return naming.Count > 1 ? _composer.Span(q, naming, mentions, null) : null;
    }

    /// <summary>"The most recent clash", 最早的衝突: of the events that match about as well as the best, the latest (first) goes first.</summary>
    private static List<RankedEvent> ExtremeFirst(List<RankedEvent> ranked, int extreme)
    {
        if (TimelineSteps.Extreme(ranked.Where(r => r.Score >= 0.5 * ranked[0].Score).Select(r => r.Event), extreme) is not { } edge) return ranked;
        return [.. ranked.Where(r => r.Event == edge), .. ranked.Where(r => r.Event != edge)];
    }

    private static int IndexOnDate(List<RankedEvent> ranked, EventDate date)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (ranked[i].Event.Date.CompareTo(date) == 0) return i;
        }
        return -1;
    }

    /// <summary>The earliest-dated ranked event that names all the question names (the first of equals, as MinBy took it).</summary>
    private RankedEvent? EarliestNamingAll(List<RankedEvent> ranked, ParsedQuestion q)
    {
        RankedEvent? earliest = null;
        foreach (var r in ranked)
        {
            if (!NamesAll(r.Event, q)) continue;
            if (earliest is null || Comparer<EventDate>.Default.Compare(r.Event.Date, earliest.Event.Date) < 0) earliest = r;
        }
        return earliest;
    }

    private RankedEvent? FirstNamingAll(List<RankedEvent> ranked, ParsedQuestion q)
    {
        foreach (var r in ranked)
        {
            if (NamesAll(r.Event, q)) return r;
        }
        return null;
    }

    /// <summary>The best event that names all the question names, uses its words and states the relation asked.</summary>
    private RankedEvent? FirstStating(List<RankedEvent> ranked, ParsedQuestion q)
    {
        var words = TopicWordsOf(q);
        foreach (var r in ranked)
        {
            if (NamesAll(r.Event, q) && Mentions(r.Event, words) && RelationStated(r.Event, q)) return r;
        }
        return null;
    }

    /// <summary>True when the question asks how things were at the start and the story's first event answers it.</summary>
    private bool AtTheStart(RankedEvent chosen, ParsedQuestion q) =>
        q.Origin && _first is { } first && chosen.Event.Date.Equals(first);

    /// <summary>True when the question asks which product (哪個產品, 哪款, "which product").</summary>
    private static bool AsksProduct(ParsedQuestion q) =>
        q.Canonical.Contains("产品", StringComparison.Ordinal) || q.Canonical.Contains("哪款", StringComparison.Ordinal) || q.Canonical.Contains("product", StringComparison.Ordinal);

    /// <summary>True when the event names a product the question does not.</summary>
    private bool NamesOtherProduct(TimelineEvent e, ParsedQuestion q)
    {
        foreach (var id in _entitiesOfEvent[e.Key])
        {
            if (_products.Contains(id) && !q.Entities.Contains(id)) return true;
        }
        return false;
    }

    private RankedEvent? FirstNamingOtherProduct(List<RankedEvent> ranked, ParsedQuestion q)
    {
        foreach (var r in ranked)
        {
            if (NamesAll(r.Event, q) && NamesOtherProduct(r.Event, q)) return r;
        }
        return null;
    }

    private static bool StatesAmount(RankedEvent r)
    {
        foreach (var h in r.Hits)
        {
            if (h.Sentence.HasFigure || h.Sentence.StatesDegree) return true;
        }
        return false;
    }

    /// <summary>The present state's sentences that say how things look ahead (<see cref="FutureTense.IsStatedIn"/>), as hits; null when it has none.</summary>
    private RankedEvent? Outlook()
    {
        if (PresentState() is not { } present) return null;
        var hits = new List<SearchHit>();
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(present.Key, []))
        {
            if (!s.IsTitle && FutureTense.IsStatedIn(s.Text)) hits.Add(new SearchHit(s, 1f));
        }
        return hits.Count == 0 ? null : new RankedEvent(present, 1, hits);
    }
}
