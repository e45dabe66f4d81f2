using System.Text.RegularExpressions;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Finds a note's events with one general set of rules (no per-note code):
/// a list item whose label starts with a date is an escalation (month-only labels take the year of the
/// parent item or heading; a year item whose dated children carry the story is only a group);
/// a prose paragraph with dates yields one statement per dated sentence; the paragraph with the as-of
/// marker, plus every later undated paragraph, is the present state.
/// </summary>
internal sealed partial class EventExtractor
{
    private readonly string _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<RawEvent> _events = [];

    private EventExtractor(string file, List<Diagnostic> diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <summary>An explicit event key written at the end of an item: <c>{#2025-08-apple}</c>.</summary>
    [GeneratedRegex(@"\s*\{#(?<key>[A-Za-z0-9._~-]+)\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ExplicitKey();

    public static (IReadOnlyList<RawEvent> Events, EventDate? AsOf) Extract(string file, ParsedMarkdown markdown, List<Diagnostic> diagnostics)
    {
        var extractor = new EventExtractor(file, diagnostics);
        var asOf = extractor.Run(markdown);
        return (extractor._events, asOf);
    }

    private EventDate? Run(ParsedMarkdown markdown)
    {
        DateHit? asOf = null;
        var present = new List<Passage>();
        var presentTitle = "";
        foreach (var block in markdown.Blocks)
        {
            if (block is ListNode list)
            {
                foreach (var item in list.Items) Item(item, null);
                continue;
            }
            var passage = ((ProseBlock)block).Passage;
            var folded = WidthFolder.Fold(passage.Text);
            if (AsOfParser.Find(folded) is { } hit)
            {
                if (asOf is null)
                {
                    asOf = hit;
                    presentTitle = TitleMaker.FirstClause(passage.Text, hit.Index, hit.End);
                    present.Add(passage);
                }
                else if (hit.Year == asOf.Value.Year && hit.Month == asOf.Value.Month)
                {
                    present.Add(passage);
                }
                else
                {
                    _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, _file, passage.Source.StartLine,
                        $"a second as-of date ({hit.Year}-{hit.Month:D2}) differs from the first ({asOf.Value.Year}-{asOf.Value.Month:D2}); the first one counts"));
                }
                continue;
            }
            var dates = DatePatterns.MatchProse(folded).ToList();
            if (dates.Count == 0)
            {
                if (asOf is not null) present.Add(passage);
                continue;
            }
            Statements(passage, dates);
        }
        if (asOf is not { } a) return null;
        var date = new EventDate(a.Year!.Value, a.Month, a.Day);
        var span = new SourceSpan(_file, present[0].Source.StartLine, present[^1].Source.EndLine);
        _events.Add(new RawEvent(date, EventKind.PresentState, presentTitle, string.Join("\n\n", present.Select(p => p.Text)), present, span, KeyAssigner.PresentStateKey));
        return date;
    }

    private void Statements(Passage passage, List<DateHit> dates)
    {
        var text = passage.Text;
        var sentences = SentenceSplitter.SplitRanges(text).ToList();
        var starts = new List<(int Sentence, DateHit Hit)>();
        foreach (var hit in dates)
        {
            var si = sentences.FindIndex(s => hit.Index >= s.Start && hit.Index < s.End);
            if (si >= 0 && (starts.Count == 0 || starts[^1].Sentence != si)) starts.Add((si, hit));
        }
        for (var k = 0; k < starts.Count; k++)
        {
            var (si, hit) = starts[k];
            var lastSentence = k + 1 < starts.Count ? starts[k + 1].Sentence - 1 : sentences.Count - 1;
            var (sStart, sEnd) = sentences[si];
            var body = text[sStart..sentences[lastSentence].End];
            var title = TitleMaker.FirstClause(text[sStart..sEnd], hit.Index - sStart, hit.End - sStart);
            var date = new EventDate(hit.Year!.Value, hit.Month, hit.Day, hit.Approximate);
            _events.Add(new RawEvent(date, EventKind.Statement, title.Length > 0 ? title : date.ToIsoString(), body, [passage], passage.Source, null));
        }
    }

    /// <summary>Handles one list item and its children; true when it or a descendant produced an event.</summary>
    private bool Item(ItemNode node, int? contextYear)
    {
        if (node.Lead is null) return Children(node, contextYear, out _);
        var text = node.Lead.Text;
        string? explicitKey = null;
        if (ExplicitKey().Match(text) is { Success: true } km)
        {
            explicitKey = km.Groups["key"].Value;
            text = text[..km.Index];
        }
        var (label, body) = LabelSplitter.Split(text, node.StrongLength);
        DateHit? hit = null;
        if (label is not null)
        {
            var folded = WidthFolder.Fold(label);
            hit = DatePatterns.MatchLabel(folded, out var invalid);
            // A bold label, or one starting with a digit, that holds date-like bits but no date is a typo, not prose.
            var labelLike = node.StrongLength > 0 || text.StartsWith("**", StringComparison.Ordinal) || (folded.TrimStart() is [>= '0' and <= '9', ..]);
            if (hit is null && (invalid || (labelLike && label.Length <= 40 && DatePatterns.LooksLikeDate(folded))))
            {
                Error(node.Lead.Source.StartLine, $"unreadable date label '{label.Trim()}': write it like 2025年2月, 2月 (under a year), February 2025, Sept. 2025 or 2025-02-14");
                return Children(node, contextYear, out _);
            }
        }
        if (hit is not { } h) return Children(node, contextYear ?? node.HeadingYear, out _);

        var year = h.Year ?? contextYear ?? node.HeadingYear;
        if (year is null)
        {
            Error(node.Lead.Source.StartLine, $"the date label '{label!.Trim()}' has no year: put it under a year item (2025年：) or a year heading");
            return Children(node, contextYear, out _);
        }
        var date = new EventDate(year.Value, h.Month, h.Day, h.Approximate);
        var insertAt = _events.Count;
        var anyDated = Children(node, year, out var undated);
        if (body.Length == 0 && anyDated) return true;

        var title = TitleMaker.Shorten(TitleMaker.TrimSeparators(label![h.End..]));
        if (title.Length == 0)
        {
            // "In February 2025, Musk led..." → the title skips the date the body opens with.
            var opening = DatePatterns.MatchProse(WidthFolder.Fold(body)).FirstOrDefault();
            title = TitleMaker.FirstClause(body, opening.Index, opening.End);
        }
        if (title.Length == 0) title = date.ToIsoString();
        var passages = new List<Passage> { node.Lead };
        passages.AddRange(node.Extra);
        passages.AddRange(undated);
        var parts = new List<string> { body.Length > 0 ? body : title };
        parts.AddRange(node.Extra.Select(p => p.Text));
        parts.AddRange(undated.Select(p => p.Text));
        _events.Insert(insertAt, new RawEvent(date, EventKind.Escalation, title, string.Join("\n", parts), passages, node.Span, explicitKey));
        return true;
    }

    /// <summary>Processes the children; <paramref name="undated"/> collects the passages of children that yielded no event.</summary>
    private bool Children(ItemNode node, int? year, out List<Passage> undated)
    {
        undated = [];
        var any = false;
        foreach (var child in node.Children)
        {
            var before = _events.Count;
            if (Item(child, year)) any = true;
            else if (_events.Count == before) Collect(child, undated);
        }
        return any;
    }

    private static void Collect(ItemNode node, List<Passage> into)
    {
        if (node.Lead is not null) into.Add(node.Lead);
        into.AddRange(node.Extra);
        foreach (var child in node.Children) Collect(child, into);
    }

    private void Error(int line, string message) =>
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _file, line, message));
}
