using FeudBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Reads a note's YAML front matter with YamlDotNet's parser into a dictionary that keeps every key,
/// known or not: scalars as strings, lists as <c>List&lt;object?&gt;</c>, nested maps as
/// <c>Dictionary&lt;object, object?&gt;</c>. Reading the event stream (rather than the reflection-based
/// deserializer) keeps a cold <c>feudbot check</c> fast and gives every error its line.
/// </summary>
internal static class FrontMatterReader
{
    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="file">The note's path, for diagnostics.</param>
    /// <param name="firstLine">The 1-based line of the note where <paramref name="yaml"/> starts.</param>
    /// <param name="diagnostics">Receives an error when the YAML is broken or not a mapping.</param>
    public static IReadOnlyDictionary<string, object?>? Read(string yaml, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        // YamlDotNet marks are 1-based within the YAML text; an error found at the very end (an unclosed
        // bracket) is reported on the line after it, so it is clamped to the last line of the block.
        var lastLine = firstLine + Math.Max(0, yaml.TrimEnd().Split('\n').Length - 1);
        int LineOf(Mark mark) => Math.Min(lastLine, firstLine + Math.Max(0, (int)mark.Line - 1));
        try
        {
            var parser = new Parser(new StringReader(yaml));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _))
            {
                diagnostics.Add(Error(file, firstLine - 1, "the front matter is empty; it needs at least 'title' and 'lang'"));
                return null;
            }
            if (!parser.Accept<MappingStart>(out _))
            {
                diagnostics.Add(Error(file, LineOf(parser.Current!.Start), "the front matter must be a YAML mapping of keys to values (title: ..., lang: ...)"));
                return null;
            }
            parser.Consume<MappingStart>();
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = parser.Consume<Scalar>();
                if (!map.TryAdd(key.Value, Value(parser)))
                {
                    diagnostics.Add(Error(file, LineOf(key.Start), $"the front matter has the key '{key.Value}' twice"));
                    return null;
                }
            }
            return map;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Error(file, LineOf(ex.Start), "bad YAML in the front matter: " + FirstLine(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input (found by FuzzTests); it has no position.
            diagnostics.Add(Error(file, firstLine, "bad YAML in the front matter: " + FirstLine(ex.Message)));
            return null;
        }
    }

    /// <summary>The scalar value of <paramref name="key"/> as a string, or null.</summary>
    public static string? Scalar(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && v is string s ? s : null;

    private static object? Value(IParser parser)
    {
        if (parser.TryConsume<Scalar>(out var scalar)) return scalar.Value;
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(Value(parser));
            return list;
        }
        if (parser.TryConsume<MappingStart>(out _))
        {
            var map = new Dictionary<object, object?>();
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var key = Value(parser) ?? "";
                map[key] = Value(parser);
            }
            return map;
        }
        // An alias (*name) or anything else: keep its text form rather than fail on an unused key.
        parser.SkipThisAndNestedEvents();
        return null;
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return (i < 0 ? message : message[..i]).Trim();
    }

    private static Diagnostic Error(string file, int line, string message) =>
        new(DiagnosticSeverity.Error, file, Math.Max(1, line), message);
}
