using FeudBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace FeudBot.Knowledge.Loading;

/// <summary>
/// Reads a note's YAML front matter with YamlDotNet into a dictionary that keeps every key, known or
/// not (scalars as strings, nested maps and lists as YamlDotNet builds them).
/// </summary>
internal static class FrontMatterReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder().Build();

    /// <param name="yaml">The text between the <c>---</c> fences.</param>
    /// <param name="file">The note's path, for diagnostics.</param>
    /// <param name="firstLine">The 1-based line of the note where <paramref name="yaml"/> starts.</param>
    /// <param name="diagnostics">Receives an error when the YAML is broken or not a mapping.</param>
    public static IReadOnlyDictionary<string, object?>? Read(string yaml, string file, int firstLine, List<Diagnostic> diagnostics)
    {
        try
        {
            var map = Deserializer.Deserialize<Dictionary<string, object?>>(yaml);
            if (map is null)
            {
                diagnostics.Add(Error(file, firstLine - 1, "the front matter is empty; it needs at least 'title' and 'lang'"));
                return null;
            }
            return map;
        }
        catch (YamlException ex)
        {
            // YamlDotNet marks are 1-based within the YAML text; the YAML starts after the opening fence.
            // An error found at the end of the text (an unclosed bracket) is reported on the line after it.
            var lastLine = firstLine + Math.Max(0, yaml.TrimEnd().Split('\n').Length - 1);
            var line = Math.Min(lastLine, firstLine + Math.Max(0, (int)ex.Start.Line - 1));
            var message = ex.InnerException is { } inner && ex.Message.Contains("Exception during deserialization", StringComparison.Ordinal)
                ? "the front matter must be a YAML mapping of keys to values (" + inner.Message + ")"
                : "bad YAML in the front matter: " + FirstLine(ex.Message);
            diagnostics.Add(Error(file, line, message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidCastException or InvalidOperationException or ArgumentException or FormatException)
        {
            diagnostics.Add(Error(file, firstLine, "bad YAML in the front matter: " + FirstLine(ex.Message)));
            return null;
        }
    }

    /// <summary>The scalar value of <paramref name="key"/> as a string, or null.</summary>
    public static string? Scalar(IReadOnlyDictionary<string, object?> map, string key) =>
        map.TryGetValue(key, out var v) && v is string s ? s : null;

    private static string FirstLine(string message)
    {
        var i = message.IndexOf('\n', StringComparison.Ordinal);
        return (i < 0 ? message : message[..i]).Trim();
    }

    private static Diagnostic Error(string file, int line, string message) =>
        new(DiagnosticSeverity.Error, file, Math.Max(1, line), message);
}
