using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using FeudBot.FakeDiscord;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Support;

/// <summary>A gateway client (real ClientWebSocket transport) wired to a <see cref="FakeDiscordServer"/> on a fake clock.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value";

    private readonly CancellationTokenSource _stop = new();

    private GatewayHarness(FakeDiscordServer discord, FakeTimeProvider time, DiscordGatewayClient client, DiscordRestClient rest, FakeLogCollector logs, FixedRandom random, IIdentifyLimiter limiter)
    {
        Discord = discord;
        Time = time;
        Client = client;
        Rest = rest;
        Logs = logs;
        Random = random;
        IdentifyLimiter = limiter;
    }

    public FakeDiscordServer Discord { get; }

    public FakeTimeProvider Time { get; }

    public DiscordGatewayClient Client { get; }

    public DiscordRestClient Rest { get; }

    public FakeLogCollector Logs { get; }

    public FixedRandom Random { get; }

    public IIdentifyLimiter IdentifyLimiter { get; }

    public Task Run { get; private set; } = Task.CompletedTask;

    public static async Task<GatewayHarness> StartAsync(
        Action<FakeDiscordOptions>? fake = null,
        Action<DiscordOptions>? configure = null,
        double random = 0.5,
        Func<TimeProvider, IIdentifyLimiter>? limiter = null,
        bool run = true)
    {
        var fakeOptions = new FakeDiscordOptions();
        fake?.Invoke(fakeOptions);
        FakeDiscordServer discord = await FakeDiscordServer.StartAsync(fakeOptions);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = new DiscordOptions { Token = Token, ApiBaseUrl = discord.ApiBaseUrl, DispatchBufferCapacity = 64 };
        configure?.Invoke(options);
        var collector = new FakeLogCollector();
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var rest = new DiscordRestClient(new HttpClient(), new RestRateLimiter(time), wrapped, time, new FakeLogger<DiscordRestClient>(collector));
        var fixedRandom = new FixedRandom(random);
        IIdentifyLimiter identifyLimiter = limiter?.Invoke(time) ?? new LocalIdentifyLimiter(time);
        var client = new DiscordGatewayClient(rest, new WebSocketGatewayTransportFactory(), identifyLimiter, wrapped, time, fixedRandom, new FakeLogger<DiscordGatewayClient>(collector));
        var harness = new GatewayHarness(discord, time, client, rest, collector, fixedRandom, identifyLimiter);
        if (run)
        {
            harness.Start();
        }

        return harness;
    }

    public void Start() => Run = Task.Run(() => Client.RunAsync(_stop.Token));

    /// <summary>Waits for the client to be READY/RESUMED.</summary>
    public Task WaitActiveAsync() => Eventually.TrueAsync(() => Client.State == GatewayConnectionState.Active, "gateway Active");

    /// <summary>Waits until the ACK of a beat sent at the current virtual time was processed (before advancing further).</summary>
    public Task WaitAckAtNowAsync() => Eventually.TrueAsync(() => Client.LastHeartbeatAck == Time.GetUtcNow(), "heartbeat ACK processed");

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Run.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception)
        {
            // Tests assert on Run themselves when they care.
        }

        await Discord.DisposeAsync();
        _stop.Dispose();
    }
}
