using System.ComponentModel.DataAnnotations;

namespace FeudBot.Llm;

/// <summary>
/// The optional model behind grounded summaries, bound from the <c>Llm</c> section. Without it (the
/// default) FeudBot answers extractively and works fully. <see cref="ApiKey"/> comes from the environment
/// only (<c>Llm__ApiKey</c>) and is never logged or put into a prompt.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Llm";

    /// <summary>Whether the model path is taken at all (<c>Llm:Enabled</c>, default false).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// An OpenAI-compatible base URL including <c>/v1</c>: <c>https://api.openai.com/v1</c>,
    /// <c>http://localhost:11434/v1</c> (Ollama), <c>:1234/v1</c> (LM Studio), <c>:8000/v1</c> (vLLM).
    /// The connector appends <c>/chat/completions</c> itself, so the URL must not end with it.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model id the server knows, e.g. <c>qwen2.5:7b-instruct</c> or <c>gpt-4o-mini</c>.</summary>
    public string? Model { get; set; }

    /// <summary>The bearer key, from the environment only (<c>Llm__ApiKey</c>); local servers need none.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before the extractive answer is served instead.</summary>
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>Model calls one user may cause per sliding hour; past it the extractive answer is served.</summary>
    public int MaxRequestsPerUserPerHour { get; set; } = 30;

    /// <summary>
    /// The rules, each message naming the key and what to set. Ranges are checked here rather than with
    /// <c>[Range]</c> because the options source generator's copy of RangeAttribute ignores
    /// <c>ErrorMessage</c> and would only say "The field LlmOptions.TimeoutSeconds must be between 1 and 120".
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TimeoutSeconds is < 1 or > 120)
            yield return new ValidationResult(
                $"Llm:TimeoutSeconds is {TimeoutSeconds}; it must be between 1 and 120 seconds: set Llm__TimeoutSeconds to e.g. 8.",
                [nameof(TimeoutSeconds)]);
        if (MaxRequestsPerUserPerHour is < 1 or > 10_000)
            yield return new ValidationResult(
                $"Llm:MaxRequestsPerUserPerHour is {MaxRequestsPerUserPerHour}; it must be between 1 and 10000: set Llm__MaxRequestsPerUserPerHour to e.g. 30.",
                [nameof(MaxRequestsPerUserPerHour)]);
        if (!Enabled)
            yield break;

        if (string.IsNullOrWhiteSpace(Model))
            yield return new ValidationResult(
                "Llm:Model is required when Llm:Enabled is true; set Llm__Model to the server's model id (e.g. qwen2.5:7b-instruct).",
                [nameof(Model)]);

        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield return new ValidationResult(
                "Llm:Endpoint is required when Llm:Enabled is true; set Llm__Endpoint to an OpenAI-compatible base URL ending in /v1 (e.g. http://localhost:11434/v1).",
                [nameof(Endpoint)]);
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult(
                $"Llm:Endpoint '{Endpoint}' is not an absolute http(s) URL; use e.g. http://localhost:11434/v1 or https://api.openai.com/v1.",
                [nameof(Endpoint)]);
            yield break;
        }

        // Since SK moved to the OpenAI SDK v2 the endpoint is used as given: a trailing
        // /chat/completions doubles the path and the server answers 404 (microsoft/semantic-kernel#8980).
        if (uri.AbsolutePath.TrimEnd('/').EndsWith("/chat/completions", StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult(
                $"Llm:Endpoint '{Endpoint}' must not end with /chat/completions: give the base URL including /v1 (e.g. http://localhost:11434/v1); the connector adds /chat/completions itself.",
                [nameof(Endpoint)]);
    }
}
