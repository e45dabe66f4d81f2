using FeudBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeudBot.Tests.Llm;

public sealed class LlmOptionsTests
{
    private static ValidateOptionsResult Validate(LlmOptions options) => new LlmOptionsValidator().Validate(Options.DefaultName, options);

    [Fact]
    public void Defaults_are_valid_and_disabled()
    {
        var options = new LlmOptions();

        Assert.True(Validate(options).Succeeded);
        Assert.False(options.Enabled);
        Assert.Equal(8, options.TimeoutSeconds);
    }

    [Theory]
    [InlineData(null, "m", "Llm:Endpoint is required")]
    [InlineData("http://localhost:11434/v1", null, "Llm:Model is required")]
    [InlineData("localhost:11434/v1", "m", "not an absolute http(s) URL")]
    [InlineData("http://localhost:11434/v1/chat/completions", "m", "must not end with /chat/completions")]
    [InlineData("https://api.openai.com/v1/chat/completions/", "m", "must not end with /chat/completions")]
    public void Enabled_options_need_a_usable_endpoint_and_model(string? endpoint, string? model, string message)
    {
        var result = Validate(new LlmOptions { Enabled = true, Endpoint = endpoint, Model = model });

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void Timeout_is_range_checked_with_the_key_named(int seconds)
    {
        var result = Validate(new LlmOptions { TimeoutSeconds = seconds });

        Assert.Contains("Llm:TimeoutSeconds", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Quota_is_range_checked_with_the_key_named()
    {
        var result = Validate(new LlmOptions { MaxRequestsPerUserPerHour = 0 });

        Assert.Contains("Llm:MaxRequestsPerUserPerHour", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_configuration_registers_the_null_summarizer()
    {
        using var provider = Services(new() { ["Llm:Enabled"] = "false" }).BuildServiceProvider();

        Assert.Same(NullSummarizer.Instance, provider.GetRequiredService<IGroundedSummarizer>());
    }

    [Fact]
    public void Enabled_configuration_registers_the_semantic_kernel_summarizer()
    {
        using var provider = Services(new()
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Llm:Model"] = "qwen2.5:7b-instruct",
        }).BuildServiceProvider();

        var summarizer = provider.GetRequiredService<IGroundedSummarizer>();

        Assert.IsType<SemanticKernelSummarizer>(summarizer);
        Assert.True(summarizer.IsEnabled);
    }

    [Fact]
    public async Task Bad_configuration_stops_the_host_at_start_with_the_key_named()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = "http://localhost:11434/v1/chat/completions",
            ["Llm:Model"] = "m",
        });
        builder.Services.AddGroundedSummarizer(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Llm:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains("/chat/completions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_rejects_bad_options_with_the_key_named()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            GroundedSummarizerFactory.Create(new LlmOptions { Enabled = true, Endpoint = "http://x/v1" }));

        Assert.Contains("Llm:Model", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factory_without_a_model_gives_the_null_summarizer() =>
        Assert.Same(NullSummarizer.Instance, GroundedSummarizerFactory.Create(new LlmOptions()));

    private static ServiceCollection Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddGroundedSummarizer(configuration);
        return services;
    }
}
