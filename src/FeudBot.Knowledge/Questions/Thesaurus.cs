using System.Collections.Frozen;
using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Concept groups (Questions/Data/concepts.txt): words a question may use for what the note says with
/// another word (离开 ~ 辞去, sue ~ lawsuit). Members are stored in index form: folded Chinese, or English
/// stems. Used both to decide that a question word is covered by the note and to expand the query.
/// </summary>
public sealed class Thesaurus
{
    private readonly FrozenDictionary<string, int[]> _groupsOfMember;
    private readonly string[][] _chineseMembers;
    private readonly string[][] _englishMembers;

    private Thesaurus(List<(List<string> Chinese, List<string> English)> groups)
    {
        _chineseMembers = groups.Select(g => g.Chinese.Distinct().ToArray()).ToArray();
        _englishMembers = groups.Select(g => g.English.Distinct().ToArray()).ToArray();
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
        {
            foreach (var m in _chineseMembers[i].Concat(_englishMembers[i]))
            {
                if (!map.TryGetValue(m, out var list)) map[m] = list = [];
                if (!list.Contains(i)) list.Add(i);
            }
        }
        _groupsOfMember = map.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        ChineseMembers = _chineseMembers.SelectMany(m => m).Distinct().OrderByDescending(m => m.Length).ToArray();
    }

    /// <summary>The built-in concept list.</summary>
    public static Thesaurus Default { get; } = Load();

    /// <summary>Every Chinese member, longest first (for finding them in a question).</summary>
    public IReadOnlyList<string> ChineseMembers { get; }

    /// <summary>Every group: its Chinese members (folded) and English members (stems).</summary>
    public IEnumerable<(string[] Chinese, string[] English)> Groups => _chineseMembers.Zip(_englishMembers);

    /// <summary>True when <paramref name="member"/> (index form) belongs to any group.</summary>
    public bool Knows(string member) => _groupsOfMember.ContainsKey(member);

    /// <summary>
    /// The members of <paramref name="member"/>'s groups that the note uses, in index form: Chinese words for
    /// the Chinese field, English stems for the English field. Empty when the concept is foreign to the note.
    /// </summary>
    public IEnumerable<string> InNote(string member, NoteVocabulary vocabulary, bool english)
    {
        if (!_groupsOfMember.TryGetValue(member, out var groups)) yield break;
        foreach (var g in groups)
        {
            if (english)
            {
                foreach (var m in _englishMembers[g]) if (vocabulary.ContainsTerm(m)) yield return m;
            }
            else
            {
                foreach (var m in _chineseMembers[g]) if (vocabulary.ContainsChinese(m)) yield return m;
            }
        }
    }

    private static Thesaurus Load()
    {
        using var stream = typeof(Thesaurus).Assembly.GetManifestResourceStream("FeudBot.Knowledge.concepts.txt")
            ?? throw new InvalidOperationException("embedded resource 'concepts.txt' is missing from FeudBot.Knowledge");
        using var reader = new StreamReader(stream);
        var groups = new List<(List<string>, List<string>)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var chinese = new List<string>();
            var english = new List<string>();
            foreach (var raw in line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var member = TextNormalizer.Normalize(raw);
                if (member.Any(c => c >= 0x2E80)) chinese.Add(member);
                else english.AddRange(Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, member));
            }
            groups.Add((chinese, english));
        }
        return new Thesaurus(groups);
    }
}
