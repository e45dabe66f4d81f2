using System.Text.RegularExpressions;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// Spots questions about the future (will, going to, next year, 将来, 明年, 会不会): the note records what
/// happened up to its as-of date and the bot never predicts, so these are declined.
/// </summary>
public static partial class FutureTense
{
    /// <summary>True when the normalized question asks about what will happen.</summary>
    public static bool IsAbout(string normalized) => Marker().IsMatch(normalized);

    [GeneratedRegex(@"\bwill\b|\bgoing\s+to\b|\bnext\s+(?:year|month|week|step)\b|\bfuture\b|\bpredict|\bforecast|\bwon't\b|\bgonna\b|将来|未来|明年|后年|以后会|将会|会不会|预测|预计|下一步|接下来", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
