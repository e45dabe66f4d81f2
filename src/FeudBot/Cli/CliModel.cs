using System.Text.Json;
using FeudBot.Bot.Localization;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Text;
using FeudBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FeudBot.Cli;

/// <summary>
/// The optional language model for <c>ask</c> (issue 6): configured like the bot (the <c>Llm</c> section of
/// appsettings.json beside the program, then the environment, e.g. <c>Llm__Enabled=true</c>), but without
/// the Generic Host, so <c>ask</c> stays quick to start; with <c>Llm:Enabled</c> false nothing beyond reading
/// the configuration happens. Each answer is the extractive one unless verified model text replaces it.
/// </summary>
public sealed class CliModel(IGroundedSummarizer summarizer, KnowledgeSnapshot snapshot)
{
    private static readonly DisplayText Display = new(SimplifiedDisplay.ToSimplified);

    /// <summary>The same configuration sources as the bot's host, in the same order.</summary>
    public static IConfiguration LoadConfiguration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>
    /// The summarizer <paramref name="configuration"/> asks for, or null after writing one line per bad
    /// <c>Llm:*</c> value to <paramref name="error"/> (the caller exits with 2).
    /// </summary>
    public static IGroundedSummarizer? CreateSummarizer(IConfiguration configuration, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(LlmOptions.SectionName);
        try
        {
            // The common case first, and cheaply: no binding, no HTTP client, no Semantic Kernel.
            if (!section.GetValue<bool>(nameof(LlmOptions.Enabled)))
                return NullSummarizer.Instance;
            var options = section.Get<LlmOptions>() ?? new LlmOptions();
            return GroundedSummarizerFactory.Create(options);
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures.Distinct()) error.WriteLine($"ask: {failure}");
            return null;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            error.WriteLine($"ask: {ex.Message} Fix the value in appsettings.json or the environment.");
            return null;
        }
    }

    /// <summary>
    /// Phrases <paramref name="answer"/> with the model when one is configured (no per-user quota: the CLI
    /// has no users). Never throws for model trouble; the result says which text to show and why.
    /// </summary>
    public SummaryResult Phrase(Answer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!summarizer.IsEnabled) return ExtractiveFallback.ForAnswer(answer, FallbackReason.Disabled);
        var references = Display.References(snapshot.Primary, answer.Language);
        var request = SummaryRequest.FromAnswer(answer, references, userId: null, snapshot.Glossary);
        // The CLI is synchronous end to end; the summarizer bounds the wait with Llm:TimeoutSeconds.
        return summarizer.SummarizeAsync(request, cancellationToken).GetAwaiter().GetResult();
    }

    /// <summary>The <c>ask --json</c> object for <paramref name="answer"/> as <paramref name="summary"/> phrased it.</summary>
    internal static AskJson ToJson(Answer answer, SummaryResult summary, JsonElement? id)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var json = AskRendering.ToJson(answer, id) with { Generator = summary.Generator, Fallback = summary.FallbackCode };
        return summary.AiGenerated
            ? json with
            {
                Answer = summary.Text,
                Citations = summary.Citations.Select(r => new AskCitationJson(r.Title, r.Url.ToString())).ToList(),
            }
            : json;
    }

    /// <summary>The terminal text: the model's text is labelled as AI-generated; otherwise the usual output.</summary>
    public static void WriteText(Answer answer, SummaryResult summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(summary);
        if (!summary.AiGenerated)
        {
            AskRendering.WriteText(answer, output);
            return;
        }

        AskRendering.WriteText(answer with { Text = summary.Text, Citations = summary.Citations }, output);
        output.WriteLine();
        output.WriteLine(BotText.Instance.Format(answer.Language, TextKey.AnswerAiFooter,
            answer.AsOf is { } asOf ? BotText.Instance.FormatDate(answer.Language, asOf) : "?"));
    }
}
