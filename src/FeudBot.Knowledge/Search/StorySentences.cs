using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// Turns a story into the sentences to index: each event's title and text in every language it has, then
/// every other sentence of the notes, so nothing the note says is unsearchable. A leftover sentence joins
/// the event whose passage it belongs to (the lead-in sentence of a dated paragraph); sentences of passages
/// no event claims (the closing prose: "兩人如今幾無交流…") describe the story as it stands, so they join
/// the present-state event when there is one. Reference lists are skipped.
/// </summary>
internal static class StorySentences
{
    public static IReadOnlyList<IndexedSentence> Collect(Story story)
    {
        var sentences = new List<IndexedSentence>();
        foreach (var e in story.Events)
        {
            foreach (var (language, text) in e.Texts)
            {
                var order = 0;
                if (!string.IsNullOrWhiteSpace(text.Title)) Add(sentences, e.Key, language, text.Title, order++, isTitle: true);
                foreach (var s in SentenceSplitter.Split(text.Text, SentenceSplitOptions.NoteText)) Add(sentences, e.Key, language, s, order++, isTitle: false);
            }
        }
        var present = story.Events.LastOrDefault(e => e.Kind == EventKind.PresentState);
        var seen = sentences.Where(s => !s.IsTitle).Select(s => (s.Language, s.Text)).ToHashSet();
        foreach (var note in story.Notes)
        {
            var owners = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
            foreach (var e in story.Events)
            {
                if (!e.Texts.TryGetValue(note.Language, out var t)) continue;
                foreach (var p in t.Passages) owners.TryAdd(p.Id, e);
            }
            foreach (var passage in note.Passages)
            {
                if (IsReferenceList(passage)) continue;
                var owner = owners.GetValueOrDefault(passage.Id) ?? present;
                if (owner is null) continue;
                var parts = SentenceSplitter.Split(passage.Text, SentenceSplitOptions.NoteText);
                var firstOwn = parts.ToList().FindIndex(s => seen.Contains((note.Language, s)));
                for (var i = 0; i < parts.Count; i++)
                {
                    if (parts[i].Length < 6 || Overlaps(seen, note.Language, parts[i]) || !seen.Add((note.Language, parts[i]))) continue;
                    // Keep the note's order: a lead-in sentence sorts before the event's own text.
                    var order = firstOwn > i ? i - firstOwn : 1000 + sentences.Count;
                    Add(sentences, owner.Key, note.Language, parts[i], order, isTitle: false);
                }
            }
        }
        return sentences;
    }

    /// <summary>True when an indexed sentence already says this one (the passage may carry the date label too).</summary>
    private static bool Overlaps(HashSet<(string Language, string Text)> seen, string language, string sentence) =>
        seen.Any(s => s.Language == language && (sentence.Contains(s.Text, StringComparison.Ordinal) || s.Text.Contains(sentence, StringComparison.Ordinal)));

    private static bool IsReferenceList(Passage passage) =>
        passage.HeadingPath.Any(h => h.Contains("參考", StringComparison.Ordinal) || h.Contains("参考", StringComparison.Ordinal)
            || h.Contains("Reference", StringComparison.OrdinalIgnoreCase) || h.Contains("Source", StringComparison.OrdinalIgnoreCase))
        || passage.Text.Contains("](http", StringComparison.Ordinal);

    private static void Add(List<IndexedSentence> list, string key, string language, string text, int order, bool isTitle) =>
        list.Add(new IndexedSentence(list.Count, key, language, text, order, isTitle));
}
