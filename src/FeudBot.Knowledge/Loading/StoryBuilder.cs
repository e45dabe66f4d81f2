using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Groups notes that share a reference URL into one story (translations cite the same articles) and
/// merges their events by key, so one <see cref="TimelineEvent"/> carries text in every language.
/// </summary>
internal static class StoryBuilder
{
    private static readonly string[] LanguageOrder = [NoteLanguage.Hant, NoteLanguage.Hans, NoteLanguage.English, NoteLanguage.Japanese];

    public static IReadOnlyList<Story> Build(IReadOnlyList<Note> notes, List<Diagnostic> diagnostics)
    {
        var groups = Group(notes);
        var stories = new List<Story>();
        foreach (var group in groups)
        {
            var ordered = group
                .OrderBy(n => Array.IndexOf(LanguageOrder, n.Language) is var i && i < 0 ? int.MaxValue : i)
                .ThenBy(n => n.Path, StringComparer.Ordinal)
                .ToArray();
            var events = Merge(ordered, diagnostics);
            var asOf = ordered.Select(n => n.AsOf).FirstOrDefault(a => a is not null);
            var draft = new Story(StoryId(ordered[0].Path), ordered, events, asOf);
            stories.Add(draft with { Events = CitationLinker.Link(draft) });
        }
        return stories.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
    }

    private static List<List<Note>> Group(IReadOnlyList<Note> notes)
    {
        // Union-find over notes: two notes join when any normalized reference URL is shared.
        var parent = Enumerable.Range(0, notes.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var owner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < notes.Count; i++)
        {
            foreach (var reference in notes[i].References)
            {
                var url = UrlNormalizer.Normalize(reference.Url);
                if (owner.TryGetValue(url, out var j)) parent[Find(i)] = Find(j);
                else owner[url] = i;
            }
        }
        return Enumerable.Range(0, notes.Count).GroupBy(Find).Select(g => g.Select(i => notes[i]).ToList()).ToList();
    }

    private static List<TimelineEvent> Merge(Note[] notes, List<Diagnostic> diagnostics)
    {
        var merged = new Dictionary<string, (NoteEvent First, Dictionary<string, EventText> Texts, List<string> Actors)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var note in notes)
        {
            var passages = note.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (var e in note.Events)
            {
                var text = new EventText(note.Language, e.Title, e.Text, e.PassageIds.Select(id => passages[id]).ToArray());
                if (!merged.TryGetValue(e.Key, out var entry))
                {
                    merged[e.Key] = (e, new Dictionary<string, EventText>(StringComparer.Ordinal) { [note.Language] = text }, [.. e.Actors]);
                    order.Add(e.Key);
                    continue;
                }
                if (entry.First.Date != e.Date || entry.First.Kind != e.Kind)
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, e.Source.File, e.Source.StartLine,
                        $"event '{e.Key}' is {e.Kind} {e.Date} here but {entry.First.Kind} {entry.First.Date} in {entry.First.Source}"));
                if (!entry.Texts.TryAdd(note.Language, text))
                    diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, e.Source.File, e.Source.StartLine,
                        $"event '{e.Key}' already has {note.Language} text from {entry.Texts[note.Language].Passages.FirstOrDefault()?.Source}; this one is ignored"));
                foreach (var actor in e.Actors) if (!entry.Actors.Contains(actor)) entry.Actors.Add(actor);
            }
        }
        foreach (var note in notes.Skip(1))
        {
            foreach (var key in order.Where(k => note.Events.All(e => e.Key != k)))
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, note.Path, 1, $"event '{key}' of {merged[key].First.Source.File} has no counterpart in this note"));
        }
        return order
            .Select(k => merged[k])
            .Select(m => new TimelineEvent(m.First.Key, m.First.Date, m.First.Kind, m.Texts, m.Actors, []))
            .OrderBy(e => e.Date).ThenBy(e => e.Kind == EventKind.PresentState ? 1 : 0).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>musk-altman-feud.zh-Hant.md → musk-altman-feud.</summary>
    private static string StoryId(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var dot = name.LastIndexOf('.');
        return dot > 0 && NoteLanguage.FromFrontMatter(name[(dot + 1)..]) is not null ? name[..dot] : name;
    }
}
