using System.Globalization;
using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Llm;

/// <summary>
/// What a model answer may rest on, computed once per request: the references it may cite (those the
/// retrieved events cite; every listed one when no event carries citations), the passages the prompt
/// shows (in the answer language or the closest one), and per reference the numbers and the folded text
/// of every language of the events citing it, which verification checks the answer against.
/// </summary>
public sealed class GroundingContext
{
    private const char Separator = '\u241E'; // keeps a quote from matching across two passages
    private readonly Dictionary<int, HashSet<decimal>> _numbersByReference;
    private readonly Dictionary<int, string> _foldedByReference;

    private GroundingContext(
        string language,
        IReadOnlyDictionary<int, Reference> allowed,
        IReadOnlyList<PromptPassage> passages,
        Dictionary<int, HashSet<decimal>> numbers,
        Dictionary<int, string> folded,
        Glossary glossary,
        Func<string, string> fold)
    {
        Language = language;
        AllowedReferences = allowed;
        Passages = passages;
        _numbersByReference = numbers;
        _foldedByReference = folded;
        Glossary = glossary;
        Fold = fold;
    }

    /// <summary><c>zh-Hant</c>, <c>zh-Hans</c> or <c>en</c>: the language the answer must be in.</summary>
    public string Language { get; }

    /// <summary>The references the answer may cite, by number.</summary>
    public IReadOnlyDictionary<int, Reference> AllowedReferences { get; }

    /// <summary>The passages the prompt shows, in order, without duplicates.</summary>
    public IReadOnlyList<PromptPassage> Passages { get; }

    /// <summary>Names in every language, for quoted names written in another language than the passage.</summary>
    public Glossary Glossary { get; }

    /// <summary>The comparison fold used for quotes (see <see cref="TextFold"/>).</summary>
    public Func<string, string> Fold { get; }

    /// <summary>Builds the context. <paramref name="generalPassages"/> (a summary paragraph) support every reference.</summary>
    public static GroundingContext Create(
        string language,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyList<Reference> references,
        EventDate? asOf,
        Glossary? glossary = null,
        IReadOnlyList<Passage>? generalPassages = null,
        Func<string, string>? fold = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(references);
        fold ??= TextFold.Fold;
        var table = new Dictionary<int, Reference>();
        foreach (var r in references)
            table.TryAdd(r.Number, r);

        var anyCitations = events.Any(e => e.Citations.Count > 0);
        var refsOf = events.Distinct().Select(e => (Event: e, Numbers:
            (anyCitations ? e.Citations.Select(c => c.Reference.Number) : table.Keys)
                .Where(table.ContainsKey).Distinct().Order().ToArray())).ToList();

        var allowed = refsOf.SelectMany(x => x.Numbers).Distinct().Order().ToDictionary(n => n, n => table[n]);
        var general = generalPassages ?? [];
        if (events.Count == 0 && general.Count > 0)
            foreach (var r in table.Values) allowed.TryAdd(r.Number, r);

        // Numbers and text every cited reference may vouch for: all languages of the events citing it,
        // plus the general passages and the as-of date. Each event is normalized and folded once.
        var asOfText = asOf is { } d
            ? string.Create(CultureInfo.InvariantCulture, $"{d.Year} {d.Month} {d.Day}")
            : "";
        var shared = Prepare(string.Join(Separator, general.Select(p => p.Text)) + Separator + asOfText, fold);
        var numbers = allowed.Keys.ToDictionary(n => n, _ => new HashSet<decimal>(shared.Numbers));
        var texts = allowed.Keys.ToDictionary(n => n, _ => new StringBuilder(shared.Folded).Append(Separator));
        foreach (var (e, nums) in refsOf)
        {
            var prepared = Prepare(AllText(e), fold);
            foreach (var n in nums)
            {
                numbers[n].UnionWith(prepared.Numbers);
                texts[n].Append(prepared.Folded).Append(Separator);
            }
        }
        var folded = texts.ToDictionary(kv => kv.Key, kv => kv.Value.ToString());

        return new GroundingContext(language, allowed, BuildPromptPassages(language, refsOf, general), numbers, folded, glossary ?? Glossary.Empty, fold);
    }

    /// <summary>True when <paramref name="value"/> occurs in the text of any of <paramref name="cited"/>.</summary>
    internal bool SupportsNumber(IEnumerable<int> cited, decimal value) =>
        cited.Any(n => _numbersByReference.TryGetValue(n, out var set) && set.Contains(value));

    /// <summary>True when the folded <paramref name="foldedText"/> occurs in the text of any of <paramref name="cited"/>.</summary>
    internal bool SupportsText(IEnumerable<int> cited, string foldedText) =>
        foldedText.Length > 0 && cited.Any(n => _foldedByReference.TryGetValue(n, out var t) && t.Contains(foldedText, StringComparison.Ordinal));

    private static (HashSet<decimal> Numbers, string Folded) Prepare(string text, Func<string, string> fold)
    {
        var nfkc = text.Normalize(NormalizationForm.FormKC);
        var set = new HashSet<decimal>();
        FactExtractor.AddSupportedValues(nfkc, set);
        return (set, fold(nfkc));
    }

    private static string AllText(TimelineEvent e)
    {
        // The event's own date is note data too: "in February 2025" may rest on a passage that says "2月".
        var sb = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{e.Date.Year} {e.Date.Month} {e.Date.Day}"));
        sb.Append(Separator);
        foreach (var t in e.Texts.Values)
        {
            sb.Append(t.Title).Append(Separator).Append(t.Text).Append(Separator);
            foreach (var p in t.Passages)
                sb.Append(string.Join(' ', p.HeadingPath)).Append(Separator).Append(p.Text).Append(Separator);
        }
        return sb.ToString();
    }

    private static List<PromptPassage> BuildPromptPassages(string language, List<(TimelineEvent Event, int[] Numbers)> refsOf, IReadOnlyList<Passage> general)
    {
        var result = new List<PromptPassage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in general)
            if (seen.Add(p.Id))
                result.Add(new PromptPassage(p.Id, null, [], p.Text));
        foreach (var (e, nums) in refsOf)
        {
            var text = ClosestText(e, language);
            var date = e.Date.ToIsoString();
            if (text.Passages.Count == 0)
            {
                if (seen.Add(e.Key))
                    result.Add(new PromptPassage(e.Key, date, nums, text.Text));
                continue;
            }
            foreach (var p in text.Passages)
                if (seen.Add(p.Id))
                    result.Add(new PromptPassage(p.Id, date, nums, p.Text));
        }
        return result;
    }

    /// <summary>The event's text in <paramref name="language"/>, else the nearest: the other Chinese script, then English.</summary>
    internal static EventText ClosestText(TimelineEvent e, string language)
    {
        if (e.Texts.TryGetValue(language, out var exact))
            return exact;
        string[] order = language switch
        {
            "zh-Hans" => ["zh-Hant", "en"],
            "zh-Hant" => ["zh-Hans", "en"],
            _ => ["en", "zh-Hant", "zh-Hans"],
        };
        foreach (var l in order)
            if (e.Texts.TryGetValue(l, out var t))
                return t;
        return e.Texts.Values.First();
    }
}
