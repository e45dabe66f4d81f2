using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>Reconnect backoff, identify limiter and gateway send limiter on a fake clock.</summary>
public sealed class BackoffAndLimiterTests
{
    [Fact]
    public void Backoff_doubles_with_jitter_between_half_and_full_and_is_capped()
    {
        var low = new ReconnectBackoff(new FixedRandom(0), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        var high = new ReconnectBackoff(new FixedRandom(0.999999), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromMilliseconds(500), low.Delay(0));
        Assert.Equal(TimeSpan.FromSeconds(1), low.Delay(1));
        Assert.Equal(TimeSpan.FromSeconds(2), low.Delay(2));
        Assert.Equal(TimeSpan.FromSeconds(16), low.Delay(5));
        Assert.Equal(TimeSpan.FromSeconds(30), low.Delay(6)); // ceiling capped at 60
        Assert.Equal(TimeSpan.FromSeconds(30), low.Delay(1000));
        Assert.InRange(high.Delay(3), TimeSpan.FromSeconds(7.99), TimeSpan.FromSeconds(8));
        Assert.InRange(high.Delay(1000), TimeSpan.FromSeconds(59.99), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Failed_connections_back_off_exponentially()
    {
        // Nothing listens on the gateway URL: each connect fails at once.
        await using GatewayHarness h = await GatewayHarness.StartAsync(configure: o => o.GatewayUrl = "ws://127.0.0.1:1/gateway", random: 0);

        TimeSpan first = await Eventually.AdvanceUntilAsync(h.Time, () => h.Client.ReconnectCount >= 2, "two failures", TimeSpan.FromMilliseconds(50));
        TimeSpan next = await Eventually.AdvanceUntilAsync(h.Time, () => h.Client.ReconnectCount >= 5, "three more failures", TimeSpan.FromMilliseconds(50));

        Assert.InRange(first, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(800)); // 0.5 s after failure 1
        Assert.InRange(next, TimeSpan.FromMilliseconds(7000), TimeSpan.FromMilliseconds(7600)); // 1 + 2 + 4 s
    }

    [Fact]
    public async Task Identify_limiter_spaces_identifies_five_seconds_per_bucket()
    {
        var time = new FakeTimeProvider();
        var limiter = new LocalIdentifyLimiter(time);

        await limiter.WaitAsync(0, 2, CancellationToken.None);
        await limiter.WaitAsync(1, 2, CancellationToken.None); // other bucket: no wait
        ValueTask sameBucket = limiter.WaitAsync(2, 2, CancellationToken.None); // 2 % 2 == 0

        time.Advance(TimeSpan.FromSeconds(4.9));
        await Eventually.QuietPeriodAsync();
        Assert.False(sameBucket.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await sameBucket.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_limiter_keeps_room_for_heartbeats_and_slides()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time) { HeartbeatReserve = 4 };
        for (int i = 0; i < 116; i++)
        {
            await limiter.WaitAsync(isHeartbeat: false, CancellationToken.None);
            time.Advance(TimeSpan.FromMilliseconds(10));
        }

        ValueTask blocked = limiter.WaitAsync(isHeartbeat: false, CancellationToken.None);
        await Eventually.QuietPeriodAsync();
        Assert.False(blocked.IsCompleted);
        for (int i = 0; i < 4; i++)
        {
            Assert.True(limiter.WaitAsync(isHeartbeat: true, CancellationToken.None).IsCompletedSuccessfully);
        }

        Assert.Equal(120, limiter.InWindow);
        // Heartbeats count too: 120 in the window, ordinary sends need fewer than 116, so five must leave (t = 0..40 ms).
        time.Advance(TimeSpan.FromSeconds(60) - TimeSpan.FromMilliseconds(1160));
        await Eventually.QuietPeriodAsync();
        Assert.False(blocked.IsCompleted);
        for (int i = 0; i < 4; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(20);
        }

        await blocked.AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }
}
