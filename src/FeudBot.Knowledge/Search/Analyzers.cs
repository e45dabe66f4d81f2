using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FeudBot.Knowledge.Search;

/// <summary>
/// The two analyzers of the index. Chinese: <see cref="CJKAnalyzer"/> (character bigrams; Latin words whole)
/// over text already folded to Simplified, as docs/chinese-text.md measured. English:
/// <see cref="EnglishAnalyzer"/>, whose chain is StandardTokenizer → EnglishPossessiveFilter (xai's → xai) →
/// lower case → stop words → Porter stemming.
/// </summary>
public static class Analyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Field holding folded Chinese text.</summary>
    public const string ChineseField = "zh";

    /// <summary>Field holding English text.</summary>
    public const string EnglishField = "en";

    public static Analyzer Chinese { get; } = new CJKAnalyzer(Version);

    public static Analyzer English { get; } = new EnglishAnalyzer(Version);

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, in order.</summary>
    public static List<string> Terms(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
