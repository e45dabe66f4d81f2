using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>The answer for one bad input: the id (when it could be read) and what is wrong.</summary>
internal sealed record AskErrorJson(
    [property: JsonPropertyName("id")] JsonElement? Id,
    [property: JsonPropertyName("error")] string Error);
