using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FeudBot.Llm;

/// <summary>
/// Builds the right <see cref="IGroundedSummarizer"/> without DI (the CLI) or for
/// <see cref="LlmServiceCollectionExtensions.AddGroundedSummarizer"/>: <see cref="NullSummarizer"/> when
/// disabled, else <see cref="SemanticKernelSummarizer"/> over Semantic Kernel's OpenAI connector pointed
/// at <see cref="LlmOptions.Endpoint"/>.
/// </summary>
public static class GroundedSummarizerFactory
{
    /// <summary>
    /// Validates <paramref name="options"/> (throws <see cref="OptionsValidationException"/> whose message
    /// names the key) and builds the summarizer. <paramref name="handler"/> is the HTTP seam for tests.
    /// </summary>
    public static IGroundedSummarizer Create(
        LlmOptions options,
        TimeProvider? time = null,
        ILoggerFactory? loggerFactory = null,
        HttpMessageHandler? handler = null,
        Func<string, string>? fold = null)
    {
        Validate(options);
        if (!options.Enabled)
            return NullSummarizer.Instance;
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        return Create(options, http, time, loggerFactory, fold);
    }

    /// <summary>Builds the summarizer over a given <paramref name="httpClient"/> (its timeout is set here).</summary>
    public static IGroundedSummarizer Create(
        LlmOptions options,
        HttpClient httpClient,
        TimeProvider? time,
        ILoggerFactory? loggerFactory,
        Func<string, string>? fold = null)
    {
        Validate(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        if (!options.Enabled)
            return NullSummarizer.Instance;

        // The deadline is enforced by a token on the injected clock; HttpClient's own timeout is only a
        // backstop a little later (its default, 100 s, is what SK users trip over: semantic-kernel#5310).
        httpClient.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds + 2);
        var chat = CreateChatService(options, httpClient);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SemanticKernelSummarizer>();
        return new SemanticKernelSummarizer(chat, options, time ?? TimeProvider.System, logger, fold: fold);
    }

    /// <summary>Semantic Kernel's OpenAI chat service for an OpenAI-compatible endpoint.</summary>
    public static IChatCompletionService CreateChatService(LlmOptions options, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new Uri(options.Endpoint!, UriKind.Absolute);
        // Local servers (Ollama, vLLM, LM Studio) take no key; the connector still wants a credential string.
        var apiKey = string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey;
        var kernel = Kernel.CreateBuilder()
            .AddOpenAIChatCompletion(options.Model!, endpoint, apiKey, httpClient: httpClient)
            .Build();
        return kernel.GetRequiredService<IChatCompletionService>();
    }

    private static void Validate(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new LlmOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
            throw new OptionsValidationException(Options.DefaultName, typeof(LlmOptions), result.Failures);
    }
}
