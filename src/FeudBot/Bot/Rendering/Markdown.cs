using System.Globalization;
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

    /// <summary>A reference as one line: <c>[3] [title](url)</c>.</summary>
    public static string ReferenceLine(Reference reference) =>
        string.Create(CultureInfo.InvariantCulture, $"[{reference.Number}] ") + Link(reference.Title, reference.Url);

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
