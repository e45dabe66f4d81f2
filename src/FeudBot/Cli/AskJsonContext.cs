using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>Source-generated JSON for <c>ask</c> (no reflection at run time, fast start-up).</summary>
[JsonSerializable(typeof(AskJson))]
[JsonSerializable(typeof(AskErrorJson))]
[JsonSerializable(typeof(AskRequestJson))]
internal sealed partial class AskJsonContext : JsonSerializerContext
{
    /// <summary>One object per line, Chinese written as itself rather than \uXXXX escapes.</summary>
    public static AskJsonContext Compact { get; } = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Indented, for <c>ask --json</c> read by people too.</summary>
    public static AskJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
