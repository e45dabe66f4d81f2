using FeudBot.Discord.Rest;
using FeudBot.FakeDiscord;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Support;

/// <summary>A REST client against the fake's REST routes on a fake clock.</summary>
internal sealed class RestHarness : IAsyncDisposable
{
    private RestHarness(FakeDiscordServer discord, FakeTimeProvider time, DiscordRestClient client, FakeLogCollector logs, RestRateLimiter limiter)
    {
        Limiter = limiter;
        Discord = discord;
        Time = time;
        Client = client;
        Logs = logs;
    }

    public FakeDiscordServer Discord { get; }

    public FakeTimeProvider Time { get; }

    public DiscordRestClient Client { get; }

    public FakeLogCollector Logs { get; }

    public RestRateLimiter Limiter { get; }

    public static async Task<RestHarness> StartAsync(string token = GatewayHarness.Token, Action<FakeDiscordOptions>? fake = null)
    {
        var options = new FakeDiscordOptions();
        fake?.Invoke(options);
        FakeDiscordServer discord = await FakeDiscordServer.StartAsync(options);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var discordOptions = Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = token, ApiBaseUrl = discord.ApiBaseUrl });
        var limiter = new RestRateLimiter(time);
        var client = new DiscordRestClient(new HttpClient(), limiter, discordOptions, time, new FakeLogger<DiscordRestClient>(logs));
        return new RestHarness(discord, time, client, logs, limiter);
    }

    public ValueTask DisposeAsync() => Discord.DisposeAsync();
}
