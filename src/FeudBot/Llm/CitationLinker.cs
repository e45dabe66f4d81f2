using System.Globalization;
using FeudBot.Knowledge.Model;

namespace FeudBot.Llm;

/// <summary>
/// Turns <c>[n]</c> markers into Discord markdown links to reference n's URL. The URLs come from the
/// note's reference table, never from model text; markers without a reference stay as they are. The URL
/// sits in angle brackets so Discord shows no embed preview for it.
/// </summary>
public static class CitationLinker
{
    /// <summary>
    /// <c>"… [2]"</c> → <c>"… [[2]](&lt;https://…&gt;)"</c>. Discord's markdown allows one level of
    /// brackets inside a masked link's text, so the marker keeps its look.
    /// </summary>
    public static string Link(string text, IReadOnlyList<Reference> references)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(references);
        var byNumber = new Dictionary<int, Reference>();
        foreach (var r in references)
            byNumber.TryAdd(r.Number, r);

        return CitationMarkers.Marker().Replace(text, m =>
        {
            var n = int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
            return byNumber.TryGetValue(n, out var r) && (r.Url.Scheme == Uri.UriSchemeHttps || r.Url.Scheme == Uri.UriSchemeHttp)
                ? $"[[{n}]](<{r.Url.AbsoluteUri}>)"
                : m.Value;
        });
    }
}
