using System.Text.RegularExpressions;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Spots questions about the future (will, going to, next year, 将来, 明年, 会不会): the note records what
/// happened up to its as-of date and the bot never predicts, so these are declined unless the note itself says how
/// things look ahead (<see cref="IsStatedIn"/>).
/// </summary>
public static partial class FutureTense
{
    /// <summary>
    /// True when a note sentence itself says how things look ahead ("no sign that they will make peace any time
    /// soon", 短期內未見和解跡象): the only kind of sentence that may answer a question about the future.
    /// </summary>
    public static bool IsStatedIn(string sentence) => NoteMarker().IsMatch(sentence);

    [GeneratedRegex(@"\bwill\b|\bany\s+time\s+soon\b|短期內|短期内|未來|未来|將會|将会", RegexOptions.CultureInvariant)]
    private static partial Regex NoteMarker();

    /// <summary>True when the normalized question asks about what will happen.</summary>
    public static bool IsAbout(string normalized) => QuestionMarkers.Holds(normalized, QuestionMarkers.FutureList) && Marker().IsMatch(normalized);

    // Every match of Marker holds one of these (会 for 以后会 … 会不会): most questions skip the regex scan.
    internal static readonly LiteralPrefilter MarkerWords = new("will", "going", "next", "future", "predict", "forecast", "won't", "gonna", "将来", "未来", "明年", "后年", "会", "预测", "预计", "下一步", "接下来");

    [GeneratedRegex(@"\bwill\b|\bgoing\s+to\b|\bnext\s+(?:year|month|week|step)\b|\bfuture\b|\bpredict|\bforecast|\bwon't\b|\bgonna\b|将来|未来|明年|后年|以后会|今后会|最后会|最终会|将会|会不会|预测|预计|下一步|接下来", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
