using FeudBot.Knowledge.Collections;
using FeudBot.Knowledge.Questions;

namespace FeudBot.Knowledge.Answers;

// Sentences that name together what a question relates or compares (xAI反訴OpenAI for xAI跟OpenAI有什麼過節;
// "Musk … while Altman …" for how they differ), and the saying family a relation may be stated with.
public sealed partial class Answerer
{
    /// <summary>
    /// The people and companies a question relates when none is one of the story's protagonists (whose relations are the
    /// story itself): "xAI跟OpenAI有什麼過節", "What links Microsoft and OpenAI?". Null for fewer than two.
    /// </summary>
    private List<string>? Together(ParsedQuestion q)
    {
        List<string>? actors = null;
        foreach (var id in q.Entities.Items())
        {
            if (!_actors.Contains(id)) continue;
            if (_titleEntities.Contains(id)) return null;
            (actors ??= []).Add(id);
        }
        return actors is { Count: >= 2 } ? actors : null;
    }

    /// <summary>Whether a sentence of the event names together every company or person <see cref="Together"/> finds in the question.</summary>
    private bool NamesTogether(Model.TimelineEvent e, ParsedQuestion q)
    {
        if (Together(q) is not { } together) return false;
        foreach (var s in _sentencesOfEvent.GetValueOrDefault(e.Key, []))
        {
            if (!s.IsTitle && NamesEvery(_entitiesOfSentence[s.Id], together)) return true;
        }
        return false;
    }

    /// <summary>The people and companies a comparison names; null for fewer than two.</summary>
    private List<string>? Contrasted(ParsedQuestion q)
    {
        List<string>? ids = null;
        foreach (var id in q.Entities.Items())
        {
            if (_actors.Contains(id)) (ids ??= []).Add(id);
        }
        return ids is { Count: >= 2 } ? ids : null;
    }

    private static readonly string[] ContrastWords = [" while ", " whereas ", " but ", "而", "但", "却", "卻", "反观"];

    /// <summary>
    /// Whether one of <paramref name="ids"/> acts in a clause and another opens a later clause with a contrast word between
    /// them ("Musk … warning …, while Altman focuses …", 馬斯克…推動監管，而奧特曼則聚焦…): not a "but" inside one
    /// person's saying, whose next clause names the other only as what is spoken of.
    /// </summary>
    private static bool Contrasts(string text, Clause[] clauses, List<string> ids)
    {
        for (var second = 1; second < clauses.Length; second++)
        {
            var c2 = clauses[second];
            // The later side's actor opens its clause (after at most a space and 而 / 但).
            if (c2.DoerAt < 0 || c2.DoerAt - c2.Start > 2 || !AnyOf(c2.Doers, ids)) continue;
            for (var first = 0; first < second; first++)
            {
                var c1 = clauses[first];
                if (c1.DoerAt < 0 || !AnyOf(c1.Doers, ids) || SameActors(c1.Doers, c2.Doers)) continue;
                var between = text.AsSpan(c1.DoerAt, c2.DoerAt - c1.DoerAt);
                foreach (var word in ContrastWords)
                {
                    if (between.Contains(word, StringComparison.Ordinal)) return true;
                }
            }
        }
        return false;
    }

    private static bool AnyOf(string[] doers, List<string> ids)
    {
        foreach (var d in doers)
        {
            if (ids.Contains(d)) return true;
        }
        return false;
    }

    private static bool SameActors(string[] a, string[] b) => a.Length == b.Length && a.All(b.Contains);

    private static bool NamesEvery(IReadOnlyList<string> named, List<string> ids)
    {
        foreach (var id in ids)
        {
            if (!Contains(named, id)) return false;
        }
        return true;
    }

    /// <summary>"Did Musk call OpenAI woke?": a calling may be stated as a saying ("Musk said that xAI was meant to
    /// correct OpenAI's woke bias"), as the direction check counts it: the saying or calling family joins the words.</summary>
    private IReadOnlyList<string> WithSayingFamily(ParsedQuestion q, IReadOnlyList<string> words)
    {
        var family = q.Topics.Any(_sayWords.Contains) ? _sayFamily : q.Topics.Any(_callWords.Contains) ? _callFamily : null;
        if (family is null) return words;
        var all = new DistinctWords(words.Count + family.Length);
        foreach (var w in words) all.Add(w);
        foreach (var w in family)
        {
            if (w.Length >= 3 || w.Length > 0 && w[0] >= 0x2E80) all.Add(w);
        }
        return all.TakeWords();
    }
}
