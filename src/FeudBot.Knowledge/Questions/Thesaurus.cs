using FeudBot.Knowledge.Search;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Concept groups (Questions/Data/concepts.txt): words a question may use for what the note says with
/// another word (离开 ~ 辞去, sue ~ lawsuit). Members are stored in index form: folded Chinese, or English
/// stems. <see cref="CoveredConcepts"/> resolves them against a note, to decide that a question word is
/// covered and to expand the query.
/// </summary>
public sealed class Thesaurus
{
    private readonly string[][] _chineseMembers;
    private readonly string[][] _englishMembers;

    private Thesaurus(List<(List<string> Chinese, List<string> English)> groups)
    {
        _chineseMembers = groups.Select(g => g.Chinese.Distinct().ToArray()).ToArray();
        _englishMembers = groups.Select(g => g.English.Distinct().ToArray()).ToArray();
    }

    /// <summary>The built-in concept list.</summary>
    public static Thesaurus Default { get; } = Load();

    /// <summary>Every group: its Chinese members (folded) and English members (stems).</summary>
    public IEnumerable<(string[] Chinese, string[] English)> Groups => _chineseMembers.Zip(_englishMembers);

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
