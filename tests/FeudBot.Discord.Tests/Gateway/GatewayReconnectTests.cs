using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>Zombies, op 7, op 9, server closes and drops: resume vs new session, on the right URL.</summary>
public sealed class GatewayReconnectTests
{
    [Fact]
    public async Task Missing_ack_is_a_zombie_closed_with_4000_and_resumed_on_the_resume_url()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.HeartbeatIntervalMs = 1000, random: 0);
        await h.WaitActiveAsync();
        await h.Discord.WaitForOpAsync(1);
        await h.WaitAckAtNowAsync();
        h.Discord.Options.AckHeartbeats = false;

        h.Time.Advance(TimeSpan.FromMilliseconds(1000)); // beat 2, never ACKed
        await h.Discord.WaitForOpAsync(1, count: 2);
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, h.Discord.Connections.Count);
        h.Discord.Options.AckHeartbeats = true;
        h.Time.Advance(TimeSpan.FromMilliseconds(1000)); // next tick finds no ACK

        GatewayFrame resume = await h.Discord.WaitForOpAsync(6);
        FakeGatewayConnection first = h.Discord.Connections.Snapshot()[0];
        FakeGatewayConnection second = h.Discord.Connections.Snapshot()[1];
        await Eventually.TrueAsync(() => first.ClientCloseStatus is not null, "client close frame");
        Assert.Equal(4000, first.ClientCloseStatus);
        Assert.True(second.IsResumeUrl);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(h.Discord.CurrentSession!.Id, resume.D.GetProperty("session_id").GetString());
        Assert.Equal(1, h.Discord.IdentifyCount);
        await h.WaitActiveAsync();
    }

    [Fact]
    public async Task Reconnect_op7_resumes_on_the_resume_url_and_missed_events_are_replayed()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        await h.Client.Dispatches.ReadAsync(); // READY
        await h.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(1, "before"));
        await Eventually.TrueAsync(() => h.Client.Sequence == 2, "sequence 2");

        FakeGatewayConnection first = h.Discord.CurrentConnection!;
        await first.SendReconnectAsync();
        await first.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(2, "missed")); // while away

        GatewayFrame resume = await h.Discord.WaitForOpAsync(6);
        Assert.Equal(2, resume.D.GetProperty("seq").GetInt64());
        Assert.Equal(GatewayHarness.Token, resume.D.GetProperty("token").GetString());
        Assert.True(h.Discord.Connections.Snapshot()[1].IsResumeUrl);
        Assert.NotEqual(1000, first.ClientCloseStatus);
        Assert.NotEqual(1001, first.ClientCloseStatus);

        var seen = new List<GatewayDispatch>();
        while (seen.Count < 3)
        {
            seen.Add(await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        }

        Assert.Equal("before", Assert.IsType<MessageCreateDispatch>(seen[0]).Message.Content);
        Assert.Equal("missed", Assert.IsType<MessageCreateDispatch>(seen[1]).Message.Content);
        Assert.IsType<ResumedDispatch>(seen[2]);
        Assert.Equal(1, h.Client.ResumeCount);
        Assert.Equal(1, h.Client.IdentifyCount);
    }

    [Fact]
    public async Task Invalid_session_false_waits_then_identifies_on_the_cached_url_and_forgets_the_session()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(random: 0.5); // delay = 1 + 4 * 0.5 = 3 s
        await h.WaitActiveAsync();
        string oldSession = h.Client.Session!.SessionId;

        await h.Discord.CurrentConnection!.SendInvalidSessionAsync(resumable: false);
        await Eventually.TrueAsync(() => h.Client.Session is null, "session forgotten");
        h.Time.Advance(TimeSpan.FromMilliseconds(2990));
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, h.Discord.Connections.Count);
        h.Time.Advance(TimeSpan.FromMilliseconds(10));
        await h.Discord.WaitForConnectionAsync(count: 2);
        // The identify limiter (one per 5 s) holds the second IDENTIFY until 5 s after the first.
        await Eventually.AdvanceUntilAsync(h.Time, () => h.Discord.IdentifyCount == 2, "second identify");
        Assert.False(h.Discord.Connections.Snapshot()[1].IsResumeUrl);
        Assert.Equal(0, h.Discord.ResumeCount);
        await h.WaitActiveAsync();
        Assert.NotEqual(oldSession, h.Client.Session!.SessionId);
        Assert.Equal(2, h.Discord.Requests.CountWhere(r => r.Path == "gateway/bot"));
    }

    [Fact]
    public async Task No_session_starts_left_waits_reset_after_before_identifying()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.SessionStartsRemaining = 0); // reset_after 4 h
        await h.Discord.WaitForRequestAsync(r => r.Path == "gateway/bot");
        // The client logs, then starts its delay: moving the clock before that would start the 4 h later. And the
        // clock moves in two exact jumps, not in big steps: a 5-minute step would also fire the connect timeouts.
        await Eventually.TrueAsync(() => h.Logs.GetSnapshot().Any(r => r.Message.Contains("No session starts left", StringComparison.Ordinal)), "the wait logged");

        h.Time.Advance(TimeSpan.FromHours(4) - TimeSpan.FromSeconds(1));
        await Eventually.QuietPeriodAsync();
        Assert.Equal(0, h.Discord.Connections.Count); // a second before reset_after: still waiting

        h.Time.Advance(TimeSpan.FromSeconds(1));
        await h.Discord.WaitForConnectionAsync();
        await Eventually.AdvanceUntilAsync(h.Time, () => h.Discord.IdentifyCount == 1, "IDENTIFY after the reset");
    }

    [Fact]
    public async Task Reconnect_before_hello_is_tolerated()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.AutoHello = false, random: 0);
        FakeGatewayConnection first = await h.Discord.WaitForConnectionAsync();

        await first.SendReconnectAsync();
        await Eventually.AdvanceUntilAsync(h.Time, () => h.Discord.Connections.Count == 2, "second connection (after backoff)");
        FakeGatewayConnection second = await h.Discord.WaitForConnectionAsync(count: 2);
        await second.SendHelloAsync(41_250);

        await h.Discord.WaitForOpAsync(2);
        await h.WaitActiveAsync();
        Assert.Equal(0, h.Discord.Frames.CountWhere(f => f.ConnectionId == 1));
    }

    [Fact]
    public async Task Invalid_session_true_resumes()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();

        await h.Discord.CurrentConnection!.SendInvalidSessionAsync(resumable: true);

        await h.Discord.WaitForOpAsync(6);
        Assert.True(h.Discord.Connections.Snapshot()[1].IsResumeUrl);
        Assert.Equal(1, h.Discord.IdentifyCount);
    }

    [Fact]
    public async Task Rejected_resume_falls_back_to_identify_on_the_gateway_url()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(random: 0);
        await h.WaitActiveAsync();
        h.Discord.Options.AcceptResume = false;

        h.Discord.CurrentConnection!.Abort();
        await h.Discord.WaitForOpAsync(6);
        await Eventually.AdvanceUntilAsync(h.Time, () => h.Discord.IdentifyCount == 2, "identify after op 9");

        Assert.False(h.Discord.Connections.Snapshot()[^1].IsResumeUrl);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    [InlineData(1001)] // Cloudflare restarts close with 1001 (discord-net/Discord.Net#130)
    [InlineData(1000)]
    [InlineData(4999)]
    public async Task Resumable_close_codes_resume(int code)
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();

        await h.Discord.CurrentConnection!.CloseAsync(code);

        await h.Discord.WaitForOpAsync(6);
        Assert.True(h.Discord.Connections.Snapshot()[1].IsResumeUrl);
        Assert.Equal(1, h.Discord.IdentifyCount);
    }

    [Fact]
    public async Task Dropped_tcp_without_close_frame_resumes()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();

        h.Discord.CurrentConnection!.Abort();

        await h.Discord.WaitForOpAsync(6);
        Assert.Equal(1, h.Client.ReconnectCount);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task New_session_close_codes_identify_again(int code)
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();

        await h.Discord.CurrentConnection!.CloseAsync(code);
        await Eventually.TrueAsync(() => h.Client.Session is null, "session forgotten");
        await Eventually.AdvanceUntilAsync(h.Time, () => h.Discord.IdentifyCount == 2, "second identify");

        Assert.Equal(0, h.Discord.ResumeCount);
        Assert.False(h.Discord.Connections.Snapshot()[1].IsResumeUrl);
    }

    [Theory]
    [InlineData(4004, "authentication failed: the token is wrong")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "privileged intent not enabled in the Developer Portal")]
    public async Task Fatal_close_codes_stop_with_one_clear_message(int code, string expected)
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();

        await h.Discord.CurrentConnection!.CloseAsync(code);

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Run.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains(expected, fatal.Message, StringComparison.Ordinal);
        Assert.Equal(code, fatal.CloseCode);
        Assert.Equal(GatewayConnectionState.FatallyClosed, h.Client.State);
        Assert.Equal(1, h.Discord.Connections.Count);
        Assert.DoesNotContain(GatewayHarness.Token, fatal.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejected_token_on_get_gateway_bot_stops_before_connecting()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.ExpectedToken = "the-real-token");

        var fatal = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Run.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("Discord rejected the bot token", fatal.Message, StringComparison.Ordinal);
        Assert.Equal(0, h.Discord.Connections.Count);
        Assert.Equal(1, h.Discord.Requests.Count);
        // Consumers using ReadAllAsync / WaitToReadAsync see the fatal error itself.
        await Assert.ThrowsAsync<GatewayFatalException>(async () => await h.Client.Dispatches.WaitToReadAsync());
    }

    [Fact]
    public async Task Stopping_closes_with_1000_and_completes_the_dispatch_channel()
    {
        GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        FakeGatewayConnection connection = h.Discord.CurrentConnection!;

        await h.DisposeAsync();

        Assert.Equal(GatewayConnectionState.Stopped, h.Client.State);
        Assert.Equal(1000, connection.ClientCloseStatus);
        var drained = new List<GatewayDispatch>();
        await foreach (GatewayDispatch d in h.Client.Dispatches.ReadAllAsync().WithCancellation(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token))
        {
            drained.Add(d); // ends because the channel was completed
        }

        Assert.IsType<ReadyDispatch>(Assert.Single(drained));
    }
}
