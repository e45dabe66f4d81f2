using System.Text;
using FeudBot.Knowledge.Text;

namespace FeudBot.Knowledge.Search;

/// <summary>Normalizes sentences for the index and collects the note's vocabulary while doing so.</summary>
internal sealed class NoteVocabularyBuilder(AliasTable aliases)
{
    private readonly StringBuilder _chinese = new();
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);

    /// <summary>Returns the text to index for <paramref name="sentence"/> and records its words.</summary>
    public string Add(string sentence, bool english)
    {
        var normalized = TextNormalizer.Normalize(sentence);
        if (english)
        {
            var text = aliases.Canonicalize(normalized, chinese: false);
            _terms.UnionWith(Analyzers.Terms(Analyzers.English, Analyzers.EnglishField, text));
            return text;
        }
        var chinese = RegionalVocabulary.AppendMainlandWords(aliases.Canonicalize(normalized, chinese: true));
        _chinese.Append(chinese).Append('\n');
        foreach (var term in Analyzers.Terms(Analyzers.Chinese, Analyzers.ChineseField, chinese))
        {
            if (term[0] < 0x2E80) _terms.Add(term);
        }
        return chinese;
    }

    public NoteVocabulary Build() => new(_chinese.ToString(), System.Collections.Frozen.FrozenSet.ToFrozenSet(_terms, StringComparer.Ordinal));
}
