using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Cli;

/// <summary>
/// The <c>ask --json</c> / <c>ask --jsonl</c> answer object (the evaluation contract documented in the
/// README): the asker's id echoed as given (string or number), the answer language, whether it was
/// answered, the text, the events (primary first), the citations and the note's as-of date; then which
/// text it is (<c>generator</c>: <c>llm</c> for verified model text, else <c>extractive</c>) and, for the
/// extractive text, why no model text was used (<c>fallback</c>, e.g. <c>disabled</c>, <c>timeout</c>).
/// </summary>
internal sealed record AskJson(
    [property: JsonPropertyName("id")] JsonElement? Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("events")] IReadOnlyList<AskEventJson> Events,
    [property: JsonPropertyName("citations")] IReadOnlyList<AskCitationJson> Citations,
    [property: JsonPropertyName("asOf")] string? AsOf,
    [property: JsonPropertyName("generator")] string Generator = FeudBot.Llm.SummaryResult.Extractive,
    [property: JsonPropertyName("fallback"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Fallback = "disabled");
