using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary>One event of <c>timeline --json</c>; <c>date</c> is YYYY, YYYY-MM or YYYY-MM-DD.</summary>
internal sealed record TimelineEventJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("approximate")] bool Approximate,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("actors")] IReadOnlyList<string> Actors,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations);
