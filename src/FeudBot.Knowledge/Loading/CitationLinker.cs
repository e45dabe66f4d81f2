using System.Globalization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Links each event of a story to the references that support it. Two signals, each with its reason:
/// the date in the reference URL (same month as the event: strong; same year: weaker) and the overlap
/// between the reference title and the event text in the same language (tokens weighted by how rare they
/// are among the titles, so the names every title shares count little). Events nothing links to fall back
/// to the undated, general references with a low confidence.
/// </summary>
internal static class CitationLinker
{
    private const double MonthMatch = 0.6;
    private const double YearMatch = 0.1;
    private const double YearEventMatch = 0.35;
    private const double TitleWeight = 0.6;
    private const double Threshold = 0.25;
    private const double GeneralReference = 0.1;

    public static IReadOnlyList<TimelineEvent> Link(Story story)
    {
        var primary = story.Notes[0].References;
        // Tokenize each title and each event text once: the scoring below compares every pair.
        var titleTokens = story.Notes.SelectMany(n => n.References).DistinctBy(r => (r.Url, r.Title)).ToDictionary(r => r, TitleTokens);
        var textTokens = story.Events.ToDictionary(e => e.Key, e => e.Texts.ToDictionary(t => t.Key, t => OverlapTokens.Of(t.Value.Text), StringComparer.Ordinal), StringComparer.Ordinal);
        var weights = story.Notes.DistinctBy(n => n.Language).ToDictionary(
            n => n.Language, n => TokenWeights(n.References.Select(r => titleTokens[r]).ToList(), textTokens.Values.Where(t => t.ContainsKey(n.Language)).Select(t => t[n.Language]).ToList()), StringComparer.Ordinal);
        var result = new List<TimelineEvent>(story.Events.Count);
        foreach (var e in story.Events)
        {
            var citations = new List<Citation>();
            foreach (var reference in primary)
            {
                var (dateScore, dateReason) = DateScore(e, reference.UrlDate);
                var (titleScore, lang) = TitleScore(story, e, reference, weights, titleTokens, textTokens[e.Key]);
                var confidence = Math.Min(1.0, dateScore + TitleWeight * titleScore);
                if (confidence < Threshold) continue;
                var reasons = new List<string>();
                if (dateReason is not null) reasons.Add(dateReason);
                if (titleScore >= 0.05) reasons.Add(string.Create(CultureInfo.InvariantCulture, $"title overlaps the event text ({titleScore:0.00}, {lang})"));
                citations.Add(new Citation(reference, Math.Round(confidence, 3), string.Join("; ", reasons)));
            }
            if (citations.Count == 0)
            {
                citations.AddRange(primary.Where(r => r.UrlDate is null)
                    .Select(r => new Citation(r, GeneralReference, "general reference on the story (no date in its URL)")));
            }
            result.Add(e with { Citations = citations.OrderByDescending(c => c.Confidence).ThenBy(c => c.Reference.Number).ToArray() });
        }
        return result;
    }

    private static (double Score, string? Reason) DateScore(TimelineEvent e, EventDate? urlDate)
    {
        if (urlDate is not { } u || u.Year != e.Date.Year) return (0, null);
        if (e.Date.Month is { } m)
        {
            return u.Month == m
                ? (MonthMatch, $"URL date {u.ToIsoString()} is in the event's month")
                : (YearMatch, $"URL date {u.ToIsoString()} is in the event's year");
        }
        return (YearEventMatch, $"URL date {u.ToIsoString()} is in the event's year");
    }

    private static (double Score, string Language) TitleScore(
        Story story, TimelineEvent e, Reference primary, Dictionary<string, Dictionary<string, double>> weights,
        Dictionary<Reference, HashSet<string>> titleTokensOf, Dictionary<string, HashSet<string>> textTokensOf)
    {
        var best = 0.0;
        var bestLang = "";
        var url = UrlNormalizer.Normalize(primary.Url);
        foreach (var (lang, text) in e.Texts)
        {
            var note = story.NoteFor(lang);
            var reference = note.References.FirstOrDefault(r => UrlNormalizer.Normalize(r.Url) == url);
            if (reference is null) continue;
            var titleTokens = titleTokensOf[reference];
            var textTokens = textTokensOf[lang];
            var w = weights[lang];
            double total = 0, hit = 0;
            foreach (var t in titleTokens)
            {
                var weight = w.GetValueOrDefault(t, 1.0);
                total += weight;
                if (textTokens.Contains(t)) hit += weight;
            }
            var score = total > 0 ? hit / total : 0;
            if (score > best) (best, bestLang) = (score, lang);
        }
        return (best, bestLang);
    }

    /// <summary>The title's tokens plus the words of the URL's last path segment (news slugs summarise the article).</summary>
    private static HashSet<string> TitleTokens(Reference reference)
    {
        var segments = reference.Url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var slug = segments.Length > 0 ? segments[^1].Replace('-', ' ').Replace('_', ' ') : "";
        var tokens = OverlapTokens.Of(reference.Title);
        tokens.UnionWith(OverlapTokens.Of(slug));
        return tokens;
    }

    /// <summary>
    /// Per title token, ln((N+1)/df) over the note's reference titles times the same over the note's event
    /// texts: a token that every title has, or that every event mentions (the two names, OpenAI), says
    /// nothing about which article backs which event.
    /// </summary>
    private static Dictionary<string, double> TokenWeights(List<HashSet<string>> titles, List<HashSet<string>> texts)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var token in titles.SelectMany(t => t).Distinct())
        {
            var inTitles = titles.Count(t => t.Contains(token));
            var inEvents = texts.Count(t => t.Contains(token));
            weights[token] = Math.Log((titles.Count + 1.0) / inTitles) * Math.Log((texts.Count + 1.0) / Math.Max(1, inEvents));
        }
        return weights;
    }
}
