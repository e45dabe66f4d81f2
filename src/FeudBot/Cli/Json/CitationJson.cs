using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary>A reference supporting an event, titled in the output language.</summary>
internal sealed record CitationJson(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("reason")] string Reason);
