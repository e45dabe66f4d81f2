using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>An event an answer rests on: its key, <c>YYYY</c>/<c>YYYY-MM</c>/<c>YYYY-MM-DD</c> date and title.</summary>
internal sealed record AskEventJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date")] string Date,
    [property: JsonPropertyName("title")] string Title);
