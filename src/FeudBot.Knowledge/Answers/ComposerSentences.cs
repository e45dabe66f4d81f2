using System.Collections.Frozen;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Answers;

/// <summary>
/// What <see cref="AnswerComposer"/> needs to know of the note's sentences, worked out once per index instead
/// of per question: each event's sentences per language (index order, and its body in note order), each
/// sentence's matching form and whether it opens with a pronoun, and its Simplified display (made on first use).
/// </summary>
internal sealed class ComposerSentences
{
    private readonly FrozenDictionary<(string Key, string Language), IndexedSentence[]> _byEvent;
    private readonly FrozenDictionary<(string Key, string Language), IndexedSentence[]> _bodyByEvent;
    private readonly string[] _normalized;
    private readonly bool[] _opensWithPronoun;
    private readonly string?[] _simplified;

    public ComposerSentences(IReadOnlyList<IndexedSentence> sentences, IReadOnlyList<string> normalized, Func<IndexedSentence, bool> opensWithPronoun)
    {
        _byEvent = sentences.GroupBy(s => (s.EventKey, s.Language)).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        // OrderBy is stable: sentences of equal order stay in index order, as the per-question OrderBy kept them.
        _bodyByEvent = _byEvent.ToFrozenDictionary(p => p.Key, p => p.Value.Where(s => !s.IsTitle && s.Order >= 0).OrderBy(s => s.Order).ToArray());
        _normalized = [.. normalized];
        _opensWithPronoun = new bool[sentences.Count];
        foreach (var s in sentences) _opensWithPronoun[s.Id] = opensWithPronoun(s);
        _simplified = new string?[sentences.Count];
    }

    /// <summary>The event's sentences in <paramref name="language"/>, titles included, in index order.</summary>
    public IndexedSentence[] Of(string eventKey, string language) => _byEvent.TryGetValue((eventKey, language), out var all) ? all : [];

    /// <summary>The event's non-title sentences of the note body in <paramref name="language"/>, in note order (ties in index order).</summary>
    public IndexedSentence[] BodyOf(string eventKey, string language) => _bodyByEvent.TryGetValue((eventKey, language), out var body) ? body : [];

    /// <summary>The sentence as <see cref="TextNormalizer.Normalize"/> makes it.</summary>
    public string Normalized(IndexedSentence s) => _normalized[s.Id];

    /// <summary>Whether the sentence opens with "he", "they", 他們 (in its own language).</summary>
    public bool OpensWithPronoun(IndexedSentence s) => _opensWithPronoun[s.Id];

    /// <summary>The sentence shown to a zh-Hans reader (<see cref="SimplifiedDisplay.ToSimplified"/>), made once.</summary>
    public string Simplified(IndexedSentence s) => _simplified[s.Id] ??= SimplifiedDisplay.ToSimplified(s.Text);
}
