using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>A reference supporting an answer, titled in the answer's language.</summary>
internal sealed record AskCitationJson(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("url")] string Url);
