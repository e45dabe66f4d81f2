using System.Collections.Frozen;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// The concept groups of a <see cref="Thesaurus"/> resolved against one note, once: for every member whose
/// group the note uses, the members the note actually contains (with their index terms). Lets the
/// question parser check coverage and expand a word with one dictionary lookup.
/// </summary>
public sealed class CoveredConcepts
{
    private readonly FrozenDictionary<string, string[]> _chinese;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _chineseBySpan;
    private readonly System.Buffers.SearchValues<char> _coveredFirstChars;
    private readonly FrozenDictionary<string, string[]> _english;
    private readonly FrozenDictionary<string, string[]> _bigrams;
    private readonly FrozenDictionary<string, string[]> _otherLanguage;

    public CoveredConcepts(Thesaurus thesaurus, NoteVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(thesaurus);
        var chinese = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var english = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var other = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (zh, en) in thesaurus.Groups)
        {
            var zhInNote = zh.Where(vocabulary.ContainsChinese).ToArray();
            var enInNote = en.Where(vocabulary.ContainsTerm).ToArray();
            if (zhInNote.Length > 0)
            {
                foreach (var m in zh) Add(chinese, m, zhInNote);
            }
            if (enInNote.Length > 0)
            {
                foreach (var m in en) Add(english, m, enInNote);
            }
            foreach (var m in zh) Add(other, m, enInNote);
            foreach (var m in en) Add(other, m, zhInNote);
        }
        _chinese = chinese.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _chineseBySpan = _chinese.GetAlternateLookup<ReadOnlySpan<char>>();
        _coveredFirstChars = System.Buffers.SearchValues.Create(string.Concat(_chinese.Keys.Where(k => k.Length > 0).Select(k => k[0]).Distinct()));
        _english = english.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _otherLanguage = other.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _bigrams = _chinese.Values.SelectMany(v => v).Distinct().ToFrozenDictionary(s => s, CjkBigrams.Of, StringComparer.Ordinal);
        ChineseMaxLength = _chinese.Count == 0 ? 0 : _chinese.Keys.Max(k => k.Length);
    }

    /// <summary>Every English member (stem) of a concept the note uses (the words a typo may be corrected to).</summary>
    public IEnumerable<string> EnglishMembers => _english.Keys;

    /// <summary>Length of the longest Chinese member.</summary>
    public int ChineseMaxLength { get; }

    /// <summary>The note's words for the Chinese <paramref name="member"/>'s concept; false when the note has none.</summary>
    public bool TryChinese(string member, out string[] inNote) => _chinese.TryGetValue(member, out inNote!);

    /// <summary>True when some Chinese member the note covers starts with <paramref name="c"/>.</summary>
    public bool AnyCoveredStartsWith(char c) => _coveredFirstChars.Contains(c);

    /// <summary>True when the Chinese <paramref name="member"/>'s concept is one the note uses.</summary>
    public bool IsCovered(ReadOnlySpan<char> member) => _chineseBySpan.ContainsKey(member);

    /// <summary>The note's words for the Chinese <paramref name="member"/>'s concept (span lookup, no allocation).</summary>
    public bool TryChinese(ReadOnlySpan<char> member, out string[] inNote) => _chineseBySpan.TryGetValue(member, out inNote!);

    /// <summary>The note's stems for the English <paramref name="stem"/>'s concept; false when the note has none.</summary>
    public bool TryEnglish(string stem, out string[] inNote) => _english.TryGetValue(stem, out inNote!);

    /// <summary>
    /// The note's words in the other language for <paramref name="member"/>'s concept (a folded Chinese word
    /// gives English stems, an English stem gives folded Chinese words): lets a relation stated in one
    /// language of the story be checked against a question asked in another.
    /// </summary>
    public IReadOnlyList<string> OtherLanguage(string member) => _otherLanguage.TryGetValue(member, out var words) ? words : [];

    /// <summary>The index terms (bigrams) of a Chinese word returned by <c>TryChinese</c>.</summary>
    public string[] BigramsOf(string word) => _bigrams.TryGetValue(word, out var b) ? b : CjkBigrams.Of(word);

    private static void Add(Dictionary<string, HashSet<string>> map, string member, string[] inNote)
    {
        if (!map.TryGetValue(member, out var set)) map[member] = set = new HashSet<string>(StringComparer.Ordinal);
        set.UnionWith(inNote);
    }
}
