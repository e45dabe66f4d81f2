using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Llm;

/// <summary>Registers the grounded summarizer (issue 6) with the host.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>The named <see cref="HttpClient"/> the model calls go through (configure its handler in tests).</summary>
    public const string HttpClientName = "FeudBot.Llm";

    /// <summary>
    /// Binds <see cref="LlmOptions"/> from the <c>Llm</c> section with validation at start-up, and registers
    /// <see cref="IGroundedSummarizer"/>: the Semantic Kernel one when <c>Llm:Enabled</c> is true, the
    /// <see cref="NullSummarizer"/> otherwise. Uses the registered <see cref="TimeProvider"/> (system clock by default).
    /// </summary>
    public static IServiceCollection AddGroundedSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<LlmOptions>()
            .Bind(configuration.GetSection(LlmOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName);
        services.TryAddSingleton<IGroundedSummarizer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            if (!options.Enabled)
                return NullSummarizer.Instance;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return GroundedSummarizerFactory.Create(options, http, sp.GetRequiredService<TimeProvider>(), sp.GetService<ILoggerFactory>());
        });
        return services;
    }
}
