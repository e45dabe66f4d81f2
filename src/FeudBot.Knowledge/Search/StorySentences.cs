using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// Turns a story into the sentences to index: each event's title and text in every language it has.
/// Note passages no event claims (the closing prose: "兩人如今幾無交流…") describe the story as it stands,
/// so they are attached to the present-state event when the story has one; reference lists are skipped.
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
                foreach (var s in SentenceSplitter.Split(text.Text)) Add(sentences, e.Key, language, s, order++, isTitle: false);
            }
        }
        var present = story.Events.LastOrDefault(e => e.Kind == EventKind.PresentState);
        if (present is null) return sentences;
        var seen = sentences.Select(s => (s.Language, s.Text)).ToHashSet();
        foreach (var note in story.Notes)
        {
            var claimed = story.Events
                .SelectMany(e => e.Texts.Values.Where(t => t.Language == note.Language))
                .SelectMany(t => t.Passages).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var order = 1000;
            foreach (var passage in note.Passages)
            {
                if (claimed.Contains(passage.Id) || IsReferenceList(passage) || passage.Text.Length < 12) continue;
                foreach (var s in SentenceSplitter.Split(passage.Text))
                {
                    if (seen.Add((note.Language, s))) Add(sentences, present.Key, note.Language, s, order++, isTitle: false);
                }
            }
        }
        return sentences;
    }

    private static bool IsReferenceList(Passage passage) =>
        passage.HeadingPath.Any(h => h.Contains("參考", StringComparison.Ordinal) || h.Contains("参考", StringComparison.Ordinal)
            || h.Contains("Reference", StringComparison.OrdinalIgnoreCase) || h.Contains("Source", StringComparison.OrdinalIgnoreCase)
            || h.Contains("参考文献", StringComparison.Ordinal))
        || passage.Text.Contains("](http", StringComparison.Ordinal);

    private static void Add(List<IndexedSentence> list, string key, string language, string text, int order, bool isTitle) =>
        list.Add(new IndexedSentence(list.Count, key, language, text, order, isTitle));
}
