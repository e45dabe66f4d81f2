using FeudBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Parses <c>glossary.yaml</c> from YamlDotNet's event stream (several times faster than building a
/// <c>YamlStream</c>, and every event carries its line):
/// <code>
/// entries:
///   - id: altman
///     kind: person            # person | organization | product | work | term
///     names: { zh-Hant: 奧特曼, zh-Hans: 奥特曼, en: Sam Altman }
///     aliases: [Altman, 山姆]
/// </code>
/// Unknown keys are skipped, so the file can grow new fields.
/// </summary>
internal sealed class GlossaryParser
{
    private readonly KnowledgeFile _file;
    private readonly List<Diagnostic> _diagnostics;
    private readonly IParser _parser;

    private GlossaryParser(KnowledgeFile file, List<Diagnostic> diagnostics)
    {
        _file = file;
        _diagnostics = diagnostics;
        _parser = new Parser(new StringReader(file.Content));
    }

    public static Glossary? Parse(KnowledgeFile file, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        var parser = new GlossaryParser(file, diagnostics);
        try
        {
            var entries = parser.Root();
            return diagnostics.Count > errors || entries is null ? null : new Glossary(entries);
        }
        catch (YamlException ex)
        {
            // Broken YAML explains everything after it: drop shape errors the stream reported on the way.
            diagnostics.RemoveRange(errors, diagnostics.Count - errors);
            var lastLine = file.Content.TrimEnd().Split('\n').Length;
            parser.Error(Math.Min(lastLine, (int)ex.Start.Line), "bad YAML in the glossary: " + ex.Message.Split('\n')[0].Trim());
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input (found by FuzzTests); it has no position.
            diagnostics.RemoveRange(errors, diagnostics.Count - errors);
            parser.Error(1, "bad YAML in the glossary: " + ex.Message);
            return null;
        }
    }

    private List<GlossaryEntry>? Root()
    {
        _parser.Consume<StreamStart>();
        if (!_parser.TryConsume<DocumentStart>(out _) || !_parser.TryConsume<MappingStart>(out _))
        {
            Error(1, "the glossary must be a mapping with an 'entries' list");
            return null;
        }
        List<GlossaryEntry>? entries = null;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = _parser.Consume<Scalar>();
            if (key.Value == "entries" && _parser.Accept<SequenceStart>(out _)) entries = Entries();
            else _parser.SkipThisAndNestedEvents();
        }
        if (entries is null) Error(1, "the glossary must be a mapping with an 'entries' list");
        return entries;
    }

    private List<GlossaryEntry> Entries()
    {
        _parser.Consume<SequenceStart>();
        var result = new List<GlossaryEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            if (!_parser.Accept<MappingStart>(out var start))
            {
                Error(Line(_parser.Current), "a glossary entry must be a mapping with id, kind, names and aliases");
                _parser.SkipThisAndNestedEvents();
                continue;
            }
            if (Entry() is { } entry)
            {
                if (!ids.Add(entry.Id)) Error(Line(start), $"glossary id '{entry.Id}' is used twice");
                result.Add(entry);
            }
        }
        return result;
    }

    private GlossaryEntry? Entry()
    {
        var line = Line(_parser.Consume<MappingStart>());
        string? id = null, kind = null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var aliases = new List<string>();
        var ok = true;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var key = _parser.Consume<Scalar>().Value;
            switch (key)
            {
                case "id": id = ScalarOrNull(); break;
                case "kind": kind = ScalarOrNull(); break;
                case "names": ok &= Names(names, id); break;
                case "aliases": ok &= Aliases(aliases, id); break;
                default: _parser.SkipThisAndNestedEvents(); break;
            }
        }
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(kind))
        {
            Error(line, "a glossary entry needs a scalar 'id' and 'kind'");
            return null;
        }
        return ok ? new GlossaryEntry(id, kind, names, aliases) : null;
    }

    private bool Names(Dictionary<string, string> names, string? id)
    {
        var line = Line(_parser.Current);
        if (!_parser.TryConsume<MappingStart>(out _)) return Fail(line, $"'names' of '{id}' must map language codes to names");
        var ok = true;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var language = _parser.Consume<Scalar>().Value;
            if (ScalarOrNull() is { } name) names[language] = name;
            else ok = Report(line, $"'names' of '{id}' must map language codes to names");
        }
        return ok;
    }

    private bool Aliases(List<string> aliases, string? id)
    {
        var line = Line(_parser.Current);
        if (!_parser.TryConsume<SequenceStart>(out _)) return Fail(line, $"'aliases' of '{id}' must be a list of names");
        var ok = true;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            if (ScalarOrNull() is { Length: > 0 } alias) aliases.Add(alias);
            else ok = Report(line, $"'aliases' of '{id}' must be a list of names");
        }
        return ok;
    }

    /// <summary>The next node's value when it is a scalar; any other node is skipped and gives null.</summary>
    private string? ScalarOrNull()
    {
        if (_parser.TryConsume<Scalar>(out var scalar)) return scalar.Value;
        _parser.SkipThisAndNestedEvents();
        return null;
    }

    private bool Fail(int line, string message)
    {
        Error(line, message);
        // Skip what is left of the bad node so parsing goes on with the next key.
        if (_parser.Current is not (MappingEnd or SequenceEnd)) _parser.SkipThisAndNestedEvents();
        return false;
    }

    private bool Report(int line, string message)
    {
        Error(line, message);
        return false;
    }

    private static int Line(ParsingEvent? e) => e is null ? 1 : (int)e.Start.Line;

    private void Error(int line, string message) =>
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, _file.Path, Math.Max(1, line), message));
}
