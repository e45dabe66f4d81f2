using System.Text.RegularExpressions;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using SourceSpan = FeudBot.Knowledge.Model.SourceSpan;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Walks a note with Markdig (YAML front matter extension on) and cuts it into passages, list items and
/// references, each with its 1-based source lines and the headings above it.
/// </summary>
internal sealed partial class MarkdownReader
{
    // Pipelines are immutable and thread-safe once built (Markdig docs: "MarkdownPipeline ... can be reused").
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private readonly string _file;
    private readonly string _source;
    private readonly int[] _lineStarts;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Passage> _passages = [];
    private readonly List<Reference> _references = [];
    private readonly List<(int Level, string Text, int? Year, bool IsReferences)> _headings = [];

    private MarkdownReader(string file, string source, List<Diagnostic> diagnostics)
    {
        _file = file;
        _source = source;
        _diagnostics = diagnostics;
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++) if (source[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    [GeneratedRegex(@"參考|参考|引用|出典|出處|出处|資料來源|资料来源|延伸閱讀|延伸阅读|\breferences?\b|\bsources?\b|\bfurther reading\b|\bcitations?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReferencesHeading();

    public static ParsedMarkdown Read(string file, string source, List<Diagnostic> diagnostics)
    {
        var reader = new MarkdownReader(file, source, diagnostics);
        return reader.Run();
    }

    private ParsedMarkdown Run()
    {
        var doc = Markdown.Parse(_source, Pipeline);
        string? yaml = null;
        var yamlLine = 1;
        string? firstHeading = null;
        var blocks = new List<NoteBlock>();
        foreach (var block in doc)
        {
            switch (block)
            {
                case YamlFrontMatterBlock fm:
                    // Lines holds the text between the fences; the YAML starts on the line after '---'.
                    yaml = fm.Lines.ToString();
                    yamlLine = fm.Line + 2;
                    break;
                case HeadingBlock h:
                    var text = InlineText.Plain(h.Inline);
                    firstHeading ??= text;
                    while (_headings.Count > 0 && _headings[^1].Level >= h.Level) _headings.RemoveAt(_headings.Count - 1);
                    var hit = DatePatterns.MatchLabel(WidthFolder.Fold(text), out _);
                    _headings.Add((h.Level, text, hit is { Year: not null, Month: null } ? hit.Value.Year : null, ReferencesHeading().IsMatch(text)));
                    break;
                case ParagraphBlock p:
                    if (MakePassage(p) is { } passage) blocks.Add(new ProseBlock(passage));
                    break;
                case ListBlock list:
                    var items = ReadList(list);
                    if (items.Count > 0) blocks.Add(new ListNode(items));
                    break;
                case QuoteBlock quote:
                    foreach (var inner in quote.Descendants<ParagraphBlock>())
                        if (MakePassage(inner) is { } q) blocks.Add(new ProseBlock(q));
                    break;
            }
        }
        return new ParsedMarkdown(yaml, yamlLine, firstHeading, blocks, _passages, _references);
    }

    private List<ItemNode> ReadList(ListBlock list)
    {
        var items = new List<ItemNode>();
        var inReferences = _headings.Any(h => h.IsReferences);
        foreach (var child in list)
        {
            if (child is not ListItemBlock li) continue;
            var lead = li.FirstOrDefault() as ParagraphBlock;
            if (lead is not null && (inReferences || IsLinkOnly(lead)))
            {
                ReadReference(li, lead);
                continue;
            }
            if (inReferences)
            {
                _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _file, li.Line + 1,
                    "a reference must be a Markdown link, e.g. - [Title](https://example.com/...)"));
                continue;
            }
            var node = new ItemNode
            {
                Lead = lead is null ? null : MakePassage(lead),
                StrongLength = lead is null ? 0 : InlineText.LeadingStrongLength(lead.Inline),
                HeadingYear = _headings.LastOrDefault(h => h.Year is not null).Year,
                Span = SpanOf(li),
            };
            foreach (var block in li)
            {
                if (block == lead) continue;
                if (block is ParagraphBlock extra && MakePassage(extra) is { } p) node.Extra.Add(p);
                else if (block is ListBlock nested) node.Children.AddRange(ReadList(nested));
            }
            items.Add(node);
        }
        return items;
    }

    private static bool IsLinkOnly(ParagraphBlock p)
    {
        var links = InlineText.Links(p.Inline).ToList();
        if (links.Count != 1) return false;
        var plain = InlineText.Plain(p.Inline);
        var rest = (links[0].Text.Length == 0 ? plain : plain.Replace(links[0].Text, "", StringComparison.Ordinal)).Trim(' ', '-', '–', '—', '.', '。', ':', '：', '*');
        return rest.Length == 0;
    }

    private void ReadReference(ListItemBlock li, ParagraphBlock lead)
    {
        var line = li.Line + 1;
        var links = InlineText.Links(lead.Inline).ToList();
        if (links.Count == 0)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _file, line,
                "a reference must be a Markdown link, e.g. - [Title](https://example.com/...)"));
            return;
        }
        var (title, url) = links[0];
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _file, line,
                $"reference '{title}' has a bad URL '{url}': it must be an absolute http(s) address"));
            return;
        }
        if (string.IsNullOrWhiteSpace(title)) title = uri.ToString();
        _references.Add(new Reference(_references.Count + 1, title.Trim(), uri, UrlDateParser.Parse(uri), SpanOf(li)));
    }

    private Passage? MakePassage(ParagraphBlock p)
    {
        var text = InlineText.Plain(p.Inline);
        if (text.Length == 0) return null;
        var passage = new Passage("p" + (_passages.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), text,
            _headings.Select(h => h.Text).ToArray(), SpanOf(p));
        _passages.Add(passage);
        return passage;
    }

    private SourceSpan SpanOf(Block block)
    {
        var start = block.Line + 1;
        var end = Math.Max(start, LineOf(Math.Max(block.Span.Start, block.Span.End)));
        return new SourceSpan(_file, start, end);
    }

    private int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, Math.Min(offset, _source.Length));
        return (i >= 0 ? i : ~i - 1) + 1;
    }
}
