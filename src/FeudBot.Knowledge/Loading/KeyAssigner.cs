using System.Globalization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Gives each event of a note its key: the ISO date (2025-08), then 2025-08.2, 2025-08.3 for later events
/// of the same date, in document order, so translations that tell the same events in the same order get
/// the same keys. The present state is <see cref="PresentStateKey"/>. A key written in the note
/// (<c>{#key}</c>) wins; two events with one written key are an error.
/// </summary>
internal static class KeyAssigner
{
    public const string PresentStateKey = "now";

    public static IReadOnlyList<(RawEvent Event, string Key)> Assign(IReadOnlyList<RawEvent> events, string file, List<Diagnostic> diagnostics)
    {
        var taken = new Dictionary<string, RawEvent>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (e.ExplicitKey is not { } key) continue;
            if (taken.TryGetValue(key, out var first))
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file, e.Source.StartLine,
                    $"two events with one key '{key}' (the other is at line {first.Source.StartLine}); give one of them another key"));
                continue;
            }
            taken[key] = e;
        }
        var result = new List<(RawEvent, string)>(events.Count);
        foreach (var e in events)
        {
            if (e.ExplicitKey is { } key)
            {
                result.Add((e, key));
                continue;
            }
            var baseKey = e.Date.ToIsoString();
            var candidate = baseKey;
            for (var n = 2; taken.ContainsKey(candidate); n++) candidate = baseKey + "." + n.ToString(CultureInfo.InvariantCulture);
            taken[candidate] = e;
            result.Add((e, candidate));
        }
        return result;
    }
}
