using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Finds which glossary people, organisations and products a text names, by any alias: case-insensitive
/// whole-word match for Latin aliases (so "X" does not match inside "xAI"), substring match for CJK.
/// </summary>
public sealed class ActorMatcher
{
    private static readonly HashSet<string> ActorKinds = new(StringComparer.OrdinalIgnoreCase) { "person", "organization", "organisation", "company", "product" };
    private readonly (string Id, string Alias, bool Latin)[] _aliases;

    public ActorMatcher(Glossary glossary)
    {
        _aliases = glossary.Entries
            .Where(e => ActorKinds.Contains(e.Kind))
            .SelectMany(e => e.Aliases.Concat(e.Names.Values).Append(e.Id).Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(a => a.Length > 0)
                .Select(a => (e.Id, a, a.Any(char.IsAsciiLetter))))
            .OrderByDescending(a => a.Item2.Length)
            .ToArray();
    }

    /// <summary>The glossary ids named in <paramref name="text"/>, in glossary order of first match, without duplicates.</summary>
    public IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        foreach (var (id, alias, latin) in _aliases)
        {
            if (found.Contains(id)) continue;
            if (latin ? ContainsWord(text, alias) : text.Contains(alias, StringComparison.Ordinal)) found.Add(id);
        }
        return found;
    }

    /// <summary>The glossary id <paramref name="name"/> refers to (any alias, any case), or null.</summary>
    public static string? Resolve(Glossary glossary, string name)
    {
        var n = name.Trim();
        foreach (var e in glossary.Entries)
        {
            if (string.Equals(e.Id, n, StringComparison.OrdinalIgnoreCase)
                || e.Aliases.Any(a => string.Equals(a, n, StringComparison.OrdinalIgnoreCase))
                || e.Names.Values.Any(a => string.Equals(a, n, StringComparison.OrdinalIgnoreCase)))
                return e.Id;
        }
        return null;
    }

    private static bool ContainsWord(string text, string word)
    {
        // One- and two-letter aliases (X, AI) match only in their own case, so "x" in prose is not X.
        var comparison = word.Length <= 2 ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        for (var i = text.IndexOf(word, comparison); i >= 0; i = text.IndexOf(word, i + 1, comparison))
        {
            var before = i == 0 || !char.IsAsciiLetterOrDigit(text[i - 1]);
            var end = i + word.Length;
            var after = end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]);
            if (before && after) return true;
        }
        return false;
    }
}
