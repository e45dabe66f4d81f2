using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace FeudBot.Discord.Tests.Options;

/// <summary>Options validation messages name the key and say what to do; DI registration uses TryAdd.</summary>
public sealed class DiscordOptionsTests
{
    private static ValidateOptionsResult Validate(DiscordOptions options) => new DiscordOptionsValidator().Validate(null, options);

    [Fact]
    public void Missing_token_names_the_key_and_the_environment_variable()
    {
        ValidateOptionsResult result = Validate(new DiscordOptions());

        Assert.True(result.Failed);
        Assert.Contains("Discord:Token", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot abc", "remove the 'Bot ' prefix")]
    [InlineData("abc def", "remove the 'Bot ' prefix and any whitespace")]
    public void Token_with_prefix_or_whitespace_is_rejected_without_echoing_it(string token, string expected)
    {
        ValidateOptionsResult result = Validate(new DiscordOptions { Token = token });

        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(token, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Shard_id_must_be_below_shard_count()
    {
        ValidateOptionsResult result = Validate(new DiscordOptions { Token = "t", ShardId = 2, ShardCount = 2 });

        Assert.Contains("Discord:ShardId (2) must be 0 or more and lower than Discord:ShardCount (2)", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ApiBaseUrl", "not a url", "Discord:ApiBaseUrl")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl must be an absolute ws:// or wss:// URL")]
    public void Bad_urls_are_named(string key, string value, string expected)
    {
        var options = new DiscordOptions { Token = "t" };
        if (key == "ApiBaseUrl")
        {
            options.ApiBaseUrl = value;
        }
        else
        {
            options.GatewayUrl = value;
        }

        Assert.Contains(expected, Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_pass()
    {
        Assert.True(Validate(new DiscordOptions { Token = "abc.def", Intents = GatewayIntents.Guilds | GatewayIntents.DirectMessages }).Succeeded);
    }

    [Fact]
    public void Configuration_binds_intent_names_and_validation_runs_on_first_use()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "abc",
            ["Discord:Intents"] = "Guilds, GuildMessages, DirectMessages",
            ["Discord:ShardCount"] = "0",
        }).Build();
        using ServiceProvider provider = new ServiceCollection().AddDiscordGateway(config.GetSection(DiscordOptions.SectionName)).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);

        Assert.True(ex.Message.Contains("Discord:ShardCount must be at least 1", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Registration_uses_try_add_so_tests_can_replace_the_transport_and_clock()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "abc",
            ["Discord:Intents"] = "Guilds, GuildMessages",
        }).Build();
        var transport = Mock.Of<IGatewayTransportFactory>();
        var time = new FakeTimeProvider();
        var services = new ServiceCollection();
        services.AddSingleton(transport);
        services.AddSingleton<TimeProvider>(time);
        services.AddDiscordGateway(config.GetSection("Discord"));
        using ServiceProvider provider = services.BuildServiceProvider();

        Assert.Same(transport, provider.GetRequiredService<IGatewayTransportFactory>());
        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
        Assert.Equal(GatewayIntents.Guilds | GatewayIntents.GuildMessages, provider.GetRequiredService<IOptions<DiscordOptions>>().Value.Intents);
        Assert.NotNull(provider.GetRequiredService<DiscordGatewayClient>());
        Assert.Same(provider.GetRequiredService<DiscordRestClient>(), provider.GetRequiredService<DiscordRestClient>());
    }
}
