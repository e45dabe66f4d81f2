using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary>Source-generated JSON for the CLI's <c>--json</c> outputs (no reflection at run time).</summary>
[JsonSerializable(typeof(TimelineJson))]
[JsonSerializable(typeof(SourcesJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Indented, with Chinese written as itself rather than \uXXXX escapes.</summary>
    public static CliJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
