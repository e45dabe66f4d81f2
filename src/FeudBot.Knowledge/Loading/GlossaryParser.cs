using FeudBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Parses <c>glossary.yaml</c> with YamlDotNet's representation model (which keeps line numbers):
/// <code>
/// entries:
///   - id: altman
///     kind: person            # person | organization | product | work | term
///     names: { zh-Hant: 奧特曼, zh-Hans: 奥特曼, en: Sam Altman }
///     aliases: [Altman, 山姆]
/// </code>
/// </summary>
internal static class GlossaryParser
{
    public static Glossary? Parse(KnowledgeFile file, List<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count;
        YamlStream stream = [];
        try
        {
            stream.Load(new StringReader(file.Content));
        }
        catch (YamlException ex)
        {
            var lastLine = file.Content.TrimEnd().Split('\n').Length;
            Error(diagnostics, file, Math.Min(lastLine, (int)ex.Start.Line), "bad YAML in the glossary: " + ex.Message.Split('\n')[0].Trim());
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input (found by FuzzTests); it has no position.
            Error(diagnostics, file, 1, "bad YAML in the glossary: " + ex.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("entries"), out var entriesNode) || entriesNode is not YamlSequenceNode entries)
        {
            Error(diagnostics, file, 1, "the glossary must be a mapping with an 'entries' list");
            return null;
        }
        var result = new List<GlossaryEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in entries)
        {
            if (node is not YamlMappingNode entry)
            {
                Error(diagnostics, file, Line(node), "a glossary entry must be a mapping with id, kind, names and aliases");
                continue;
            }
            var id = ScalarOf(entry, "id");
            var kind = ScalarOf(entry, "kind");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(kind))
            {
                Error(diagnostics, file, Line(entry), "a glossary entry needs a scalar 'id' and 'kind'");
                continue;
            }
            if (!ids.Add(id)) Error(diagnostics, file, Line(entry), $"glossary id '{id}' is used twice");
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Child(entry, "names") is { } namesNode)
            {
                if (namesNode is YamlMappingNode map && map.Children.All(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode))
                    foreach (var (k, v) in map.Children) names[((YamlScalarNode)k).Value ?? ""] = ((YamlScalarNode)v).Value ?? "";
                else Error(diagnostics, file, Line(namesNode), $"'names' of '{id}' must map language codes to names");
            }
            var aliases = new List<string>();
            if (Child(entry, "aliases") is { } aliasNode)
            {
                if (aliasNode is YamlSequenceNode seq && seq.All(a => a is YamlScalarNode))
                    aliases.AddRange(seq.Cast<YamlScalarNode>().Select(a => a.Value ?? "").Where(a => a.Length > 0));
                else Error(diagnostics, file, Line(aliasNode), $"'aliases' of '{id}' must be a list of names");
            }
            result.Add(new GlossaryEntry(id, kind, names, aliases));
        }
        return diagnostics.Count > errors ? null : new Glossary(result);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? ScalarOf(YamlMappingNode map, string key) => (Child(map, key) as YamlScalarNode)?.Value;

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static void Error(List<Diagnostic> diagnostics, KnowledgeFile file, int line, string message) =>
        diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file.Path, Math.Max(1, line), message));
}
