using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>One line of <c>ask --jsonl</c> input.</summary>
internal sealed record AskRequestJson(
    [property: JsonPropertyName("id")] JsonElement? Id,
    [property: JsonPropertyName("q")] JsonElement? Q,
    [property: JsonPropertyName("lang")] JsonElement? Lang);
