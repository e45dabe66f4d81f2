using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FeudBot.Knowledge.Loading;

/// <summary>Plain text of Markdig inlines (emphasis and links unwrapped, line breaks as spaces).</summary>
internal static class InlineText
{
    public static string Plain(ContainerInline? container)
    {
        if (container is null) return "";
        var sb = new StringBuilder();
        Append(container, sb);
        return sb.ToString().Trim();
    }

    /// <summary>
    /// The length of the bold prefix of the plain text (<c>**2月**：...</c> → 2), or 0 when the text does
    /// not start with strong emphasis.
    /// </summary>
    public static int LeadingStrongLength(ContainerInline? container)
    {
        var first = container?.FirstChild;
        while (first is LiteralInline lit && lit.Content.IsEmptyOrWhitespace()) first = first.NextSibling;
        if (first is not EmphasisInline { DelimiterCount: >= 2 } strong) return 0;
        var sb = new StringBuilder();
        Append(strong, sb);
        return sb.ToString().TrimStart().Length;
    }

    /// <summary>The links of a container, in order, with their plain text.</summary>
    public static IEnumerable<(string Text, string Url)> Links(ContainerInline? container)
    {
        if (container is null) yield break;
        foreach (var inline in container.Descendants<LinkInline>())
        {
            if (!inline.IsImage) yield return (Plain(inline), inline.Url ?? "");
        }
        foreach (var auto in container.Descendants<AutolinkInline>())
        {
            yield return (auto.Url, auto.Url);
        }
    }

    private static void Append(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline lit: sb.Append(lit.Content.AsSpan()); break;
            case CodeInline code: sb.Append(code.Content); break;
            case AutolinkInline auto: sb.Append(auto.Url); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline entity: sb.Append(entity.Transcoded.AsSpan()); break;
            case HtmlInline: break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling) Append(child, sb);
                break;
        }
    }
}
