using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Rendering;

/// <summary>Discord markdown that cannot be broken by the text it wraps.</summary>
public static class Markdown
{
    /// <summary>A masked link <c>[text](url)</c>; brackets in the text and parentheses in the URL are escaped.</summary>
    public static string Link(string text, Uri url)
    {
        var label = text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);
        var href = url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        return $"[{label}]({href})";
    }

    // A note has a handful of references and every answer cites some: each line is made once per reference
    // object (a reload makes new ones; the table lets the old ones go).
    private static readonly ConditionalWeakTable<Reference, string> s_referenceLines = new();

    /// <summary>A reference as one line: <c>[3] [title](url)</c>.</summary>
    public static string ReferenceLine(Reference reference) =>
        s_referenceLines.GetValue(reference, static r => string.Create(CultureInfo.InvariantCulture, $"[{r.Number}] ") + Link(r.Title, r.Url));

    /// <summary>The sources field: one <see cref="ReferenceLine"/> per reference number, in number order.</summary>
    public static string SourceLines(IEnumerable<Reference> references)
    {
        var lines = new StringBuilder();
        var last = int.MinValue;
        // OrderBy is stable, so the first reference given for a number is the one shown.
        foreach (var reference in references.OrderBy(r => r.Number))
        {
            if (reference.Number == last) continue;
            if (lines.Length > 0) lines.Append('\n');
            lines.Append(ReferenceLine(reference));
            last = reference.Number;
        }

        return lines.ToString();
    }

    /// <summary>A short numbered link, <c>[3](url)</c>, for tight spaces.</summary>
    public static string ReferenceMarker(Reference reference) =>
        Link(reference.Number.ToString(CultureInfo.InvariantCulture), reference.Url);

    /// <summary>Keeps user text from turning into markup (bold, links, code) when echoed in a title.</summary>
    public static string EscapeUserText(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '>' or '#') sb.Append('\\');
            sb.Append(c);
        }

        return sb.ToString();
    }
}
