namespace FeudBot.Knowledge.Search;

/// <summary>
/// The terms <see cref="Lucene.Net.Analysis.Cjk.CJKAnalyzer"/> makes of a run of Han characters,
/// computed directly (overlapping bigrams; a lone character is a unigram) because questions are analyzed
/// piece by piece on the hot path. Only valid for runs made of Han characters alone.
/// </summary>
public static class CjkBigrams
{
    public static string[] Of(string han)
    {
        ArgumentNullException.ThrowIfNull(han);
        if (han.Length <= 2) return han.Length == 0 ? [] : [han];
        var result = new string[han.Length - 1];
        for (var i = 0; i < result.Length; i++) result[i] = han.Substring(i, 2);
        return result;
    }
}
