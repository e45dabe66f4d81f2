using System.Collections.Frozen;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// The words the note uses, in the forms the index uses: the folded, alias-canonical Chinese text (for
/// substring checks, since Chinese has no spaces) and the set of analyzed terms (English stems and the
/// Latin words of the Chinese text).
/// </summary>
public sealed class NoteVocabulary(string chineseText, FrozenSet<string> terms)
{
    /// <summary>All Chinese sentences, normalized and joined by new lines.</summary>
    public string ChineseText { get; } = chineseText;

    /// <summary>English stems and Latin words (lower case) the note contains.</summary>
    public FrozenSet<string> Terms { get; } = terms;

    /// <summary>True when the normalized Chinese <paramref name="word"/> occurs in the note.</summary>
    public bool ContainsChinese(string word) => ChineseText.Contains(word, StringComparison.Ordinal);

    /// <summary>True when the analyzed <paramref name="term"/> occurs in the note.</summary>
    public bool ContainsTerm(string term) => Terms.Contains(term);
}
