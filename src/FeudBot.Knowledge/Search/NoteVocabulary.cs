using System.Collections.Frozen;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// The words the note uses, in the forms the index uses: the folded, alias-canonical Chinese text (for
/// substring checks, since Chinese has no spaces; every stretch of up to <see cref="GramLength"/>
/// characters is kept in a set so the check costs a hash lookup) and the set of analyzed terms (English
/// stems and the Latin words of the Chinese text).
/// </summary>
public sealed class NoteVocabulary
{
    /// <summary>Stretches up to this length are looked up in a set; longer ones are searched in the text.</summary>
    public const int GramLength = 6;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _grams;

    public NoteVocabulary(string chineseText, FrozenSet<string> terms)
    {
        ChineseText = chineseText;
        Terms = terms;
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < chineseText.Length; i++)
        {
            for (var len = 2; len <= GramLength && i + len <= chineseText.Length; len++)
            {
                if (chineseText[i + len - 1] == '\n') break;
                grams.Add(chineseText.Substring(i, len));
            }
        }
        _grams = grams.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>All Chinese sentences, normalized and joined by new lines.</summary>
    public string ChineseText { get; }

    /// <summary>English stems and Latin words (lower case) the note contains.</summary>
    public FrozenSet<string> Terms { get; }

    /// <summary>True when the normalized Chinese <paramref name="word"/> occurs in the note.</summary>
    public bool ContainsChinese(string word) => ContainsChinese(word.AsSpan());

    /// <summary>True when the normalized Chinese <paramref name="word"/> occurs in the note.</summary>
    public bool ContainsChinese(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= GramLength ? _grams.Contains(word) : ChineseText.AsSpan().IndexOf(word, StringComparison.Ordinal) >= 0;

    /// <summary>True when the analyzed <paramref name="term"/> occurs in the note.</summary>
    public bool ContainsTerm(string term) => Terms.Contains(term);
}
