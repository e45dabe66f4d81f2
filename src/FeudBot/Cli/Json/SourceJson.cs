using System.Text.Json.Serialization;

namespace FeudBot.Cli.Json;

/// <summary>One reference of <c>sources --json</c>; <c>urlDate</c> is the date its URL holds, if any.</summary>
internal sealed record SourceJson(
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("urlDate")] string? UrlDate);
