using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Text;

/// <summary>
/// Canonicalizes the names and terms of the glossary (奥尔特曼 / 阿尔特曼 / Altman / Sam → one name) in
/// normalized text, so the question and the note use the same word for the same person. Names are
/// rewritten to the entry's Chinese name for the Chinese field and to its English name for the English
/// field. Latin aliases match whole words only (so "sam" never matches inside "samsung"). Terms of the
/// glossary (诉讼, trade secrets) are recognized but never rewritten.
/// </summary>
public sealed class AliasTable
{
    private readonly FrozenDictionary<char, Alias[]> _byFirstChar;
    private readonly System.Buffers.SearchValues<char> _firstChars;
    private readonly FrozenDictionary<string, (string Chinese, string English)> _canonical;

    public AliasTable(Glossary glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var aliases = new Dictionary<string, Alias>(StringComparer.Ordinal);
        foreach (var entry in glossary.Entries)
        {
            var chinese = Canonical(entry, "zh-Hans", "zh-Hant", "en");
            var english = Canonical(entry, "en", "zh-Hans", "zh-Hant");
            foreach (var surface in entry.Names.Values.Concat(entry.Aliases).Append(entry.Id))
            {
                var key = TextNormalizer.Normalize(surface).Trim();
                if (key.Length == 0) continue;
                // First entry wins on a clash: the glossary lists the main people first.
                aliases.TryAdd(key, new Alias(key, entry.Id, chinese, english, IsLatin(key), entry.IsName));
            }
        }
        Count = aliases.Count;
        _canonical = aliases.Values.GroupBy(a => a.Id).ToFrozenDictionary(g => g.Key, g => (g.First().Chinese, g.First().English), StringComparer.Ordinal);
        _byFirstChar = aliases.Values
            .GroupBy(a => a.Key[0])
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(a => a.Key.Length).ToArray());
        _firstChars = System.Buffers.SearchValues.Create(string.Concat(_byFirstChar.Keys));
    }

    /// <summary>The canonical (normalized) name of glossary entry <paramref name="id"/> for either field, or null.</summary>
    public string? CanonicalOf(string id, bool chinese) =>
        _canonical.TryGetValue(id, out var c) ? (chinese ? c.Chinese : c.English) : null;

    /// <summary>Number of distinct surface forms known.</summary>
    public int Count { get; }

    /// <summary>Rewrites every alias in <paramref name="normalized"/> to its canonical form for the field
    /// of <paramref name="chinese"/> (Chinese names) or English names.</summary>
    public string Canonicalize(string normalized, bool chinese) => Rewrite(normalized, chinese, null);

    /// <summary>The glossary ids named in <paramref name="normalized"/> text, in order of first mention.</summary>
    public IReadOnlyList<string> FindEntities(string normalized)
    {
        var found = new List<string>();
        Rewrite(normalized, chinese: true, found);
        return found;
    }

    /// <summary><see cref="Canonicalize(string, bool)"/> and <see cref="FindEntities"/> in one pass over the text (the ids found
    /// do not depend on the field), for the question hot path.</summary>
    public string Canonicalize(string normalized, bool chinese, out IReadOnlyList<string> entities)
    {
        var found = new List<string>();
        entities = found;
        return Rewrite(normalized, chinese, found);
    }

    /// <summary>True when <paramref name="normalized"/> is exactly one known alias.</summary>
    public bool IsAlias(string normalized) => Find(normalized) is not null;

    /// <summary>True when some alias starts with <paramref name="c"/> (none does at most places of a question).</summary>
    public bool AnyStartsWith(char c) => _byFirstChar.ContainsKey(c);

    /// <summary>True when <paramref name="normalized"/> is exactly one known alias (no allocation).</summary>
    public bool IsAlias(ReadOnlySpan<char> normalized)
    {
        if (normalized.Length == 0 || !_byFirstChar.TryGetValue(normalized[0], out var list)) return false;
        foreach (var a in list)
        {
            if (normalized.SequenceEqual(a.Key)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="normalized"/> is exactly the alias of a person, organization or product
    /// (a name that appears all over the note), as opposed to a term such as 诉讼.</summary>
    public bool IsName(string normalized) => Find(normalized) is { IsName: true };

    // A loop, not FirstOrDefault with a lambda: IsName runs for every word of every question.
    private Alias? Find(string normalized)
    {
        if (normalized.Length == 0 || !_byFirstChar.TryGetValue(normalized[0], out var list)) return null;
        foreach (var a in list)
        {
            if (a.Key == normalized) return a;
        }
        return null;
    }

    // Hot on every question: compiled optimized at its first call (why: Answerer remarks).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Rewrite(string text, bool chinese, List<string>? found)
    {
        StringBuilder? sb = null;
        var i = 0;
        var copied = 0;
        while (i < text.Length)
        {
            // Jump to the next character some alias starts with (one vectorized search, not a lookup per character).
            var next = text.AsSpan(i).IndexOfAny(_firstChars);
            if (next < 0) break;
            i += next;
            var match = _byFirstChar.TryGetValue(text[i], out var candidates) ? Match(text, i, candidates) : null;
            if (match is null)
            {
                i++;
                continue;
            }
            if (found is not null && !found.Contains(match.Id)) found.Add(match.Id);
            var canonical = chinese ? match.Chinese : match.English;
            // Only names are rewritten: terms (起诉, 诉讼) overlap ordinary words (提起诉讼) and would garble them.
            if (match.IsName && !string.Equals(canonical, match.Key, StringComparison.Ordinal))
            {
                sb ??= new StringBuilder(text.Length + 16);
                sb.Append(text, copied, i - copied).Append(canonical);
                copied = i + match.Key.Length;
            }
            i += match.Key.Length;
        }
        if (sb is null) return text;
        return sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static Alias? Match(string text, int at, Alias[] candidates)
    {
        foreach (var alias in candidates)
        {
            if (string.CompareOrdinal(text, at, alias.Key, 0, alias.Key.Length) != 0) continue;
            if (alias.Latin && (IsWordChar(text, at - 1) || IsWordChar(text, at + alias.Key.Length))) continue;
            return alias;
        }
        return null;
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsAsciiLetterOrDigit(text[index]);

    private static bool IsLatin(string key) => key.All(c => c < 0x2E80);

    /// <summary>The entry's name in the first language it has, normalized, without a parenthetical
    /// ("X (formerly Twitter)" → "x"), so that canonicalizing never adds words.</summary>
    private static string Canonical(GlossaryEntry entry, params string[] languages)
    {
        foreach (var language in languages)
        {
            if (entry.Names.TryGetValue(language, out var name) && !string.IsNullOrWhiteSpace(name) && StripNote(name) is { Length: > 0 } stripped)
                return stripped;
        }
        return StripNote(entry.Names.Values.FirstOrDefault() ?? entry.Id) is { Length: > 0 } s ? s : entry.Id;
    }

    private static string StripNote(string name)
    {
        var normalized = TextNormalizer.Normalize(name);
        var open = normalized.IndexOf('(', StringComparison.Ordinal);
        return (open > 0 ? normalized[..open] : normalized).Trim();
    }

    private sealed record Alias(string Key, string Id, string Chinese, string English, bool Latin, bool IsName);
}
