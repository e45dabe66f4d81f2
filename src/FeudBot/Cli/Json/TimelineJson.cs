using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary><c>timeline --json</c> output.</summary>
internal sealed record TimelineJson(
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("asOf")] string? AsOf,
    [property: JsonPropertyName("events")] IReadOnlyList<TimelineEventJson> Events);
