using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary><c>sources --json</c> output.</summary>
internal sealed record SourcesJson(
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("references")] IReadOnlyList<SourceJson> References);
