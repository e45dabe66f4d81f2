using System.Text.Json;
using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>Connect, identify, ready, heartbeats: the real ClientWebSocket adapter against the Kestrel fake.</summary>
public sealed class GatewayLifecycleTests
{
    [Fact]
    public async Task Connects_identifies_and_becomes_ready()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(configure: o => o.Intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages);

        GatewayFrame identify = await h.Discord.WaitForOpAsync(2);
        await h.WaitActiveAsync();

        Assert.Equal(GatewayHarness.Token, identify.D.GetProperty("token").GetString());
        Assert.Equal(513, identify.D.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", identify.D.GetProperty("shard").GetRawText());
        Assert.Equal("FeudBot.Discord", identify.D.GetProperty("properties").GetProperty("browser").GetString());
        Assert.True(identify.D.GetProperty("properties").TryGetProperty("os", out _));
        FakeGatewayConnection connection = (await h.Discord.WaitForConnectionAsync())!;
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(1, h.Discord.Requests.CountWhere(r => r.Path == "gateway/bot"));

        GatewaySession session = h.Client.Session!;
        Assert.Equal(h.Discord.CurrentSession!.Id, session.SessionId);
        Assert.Equal(h.Discord.ResumeGatewayUrl, session.ResumeGatewayUrl);
        Assert.Equal(h.Discord.Options.ApplicationId, session.ApplicationId);
        Assert.Equal(h.Discord.Options.BotUserId, session.UserId);
        Assert.True(h.Client.Dispatches.TryRead(out GatewayDispatch? first));
        ReadyDispatch ready = Assert.IsType<ReadyDispatch>(first);
        Assert.Equal(1, ready.Sequence);
    }

    [Fact]
    public async Task First_heartbeat_is_jittered_then_every_interval_with_null_then_last_sequence()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => { f.HeartbeatIntervalMs = 1000; f.AutoReady = false; }, random: 0.25);
        await h.Discord.WaitForOpAsync(2);

        h.Time.Advance(TimeSpan.FromMilliseconds(249));
        await Eventually.QuietPeriodAsync();
        Assert.Equal(0, h.Discord.Frames.CountWhere(f => f.Op == 1));

        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        GatewayFrame firstBeat = await h.Discord.WaitForOpAsync(1);
        Assert.Equal(JsonValueKind.Null, firstBeat.D.ValueKind); // no dispatch yet

        await h.Discord.DispatchAsync("READY", FakePayloads.Ready("s1", h.Discord.ResumeGatewayUrl, 1, 2));
        await Eventually.TrueAsync(() => h.Client.Sequence == 1, "sequence 1");
        h.Time.Advance(TimeSpan.FromMilliseconds(999));
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, h.Discord.Frames.CountWhere(f => f.Op == 1));

        h.Time.Advance(TimeSpan.FromMilliseconds(1));
        GatewayFrame secondBeat = await h.Discord.WaitForOpAsync(1, count: 2);
        Assert.Equal(1, secondBeat.D.GetInt64());
        await Eventually.TrueAsync(() => h.Client.LastHeartbeatAck == h.Time.GetUtcNow(), "second ACK recorded at the current virtual time");
    }

    [Fact]
    public async Task Server_requested_heartbeat_is_answered_at_once_and_is_not_a_missed_ack()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.HeartbeatIntervalMs = 1000, random: 0.9);
        await h.WaitActiveAsync();

        await h.Discord.CurrentConnection!.RequestHeartbeatAsync();
        GatewayFrame beat = await h.Discord.WaitForOpAsync(1);

        Assert.Equal(1, beat.D.GetInt64());
        // Through the first scheduled beat and the next tick: the op 1 answer must not look like a zombie.
        h.Time.Advance(TimeSpan.FromMilliseconds(900));
        await h.Discord.WaitForOpAsync(1, count: 2);
        await h.WaitAckAtNowAsync();
        h.Time.Advance(TimeSpan.FromMilliseconds(1000));
        await h.Discord.WaitForOpAsync(1, count: 3);
        Assert.Equal(1, h.Discord.Connections.Count);
    }

    [Fact]
    public async Task A_blocked_consumer_does_not_delay_heartbeats()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.HeartbeatIntervalMs = 1000, random: 0);
        await h.WaitActiveAsync();
        var consumerBlocked = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        Task consumer = Task.Run(async () =>
        {
            await h.Client.Dispatches.ReadAsync();
            consumerBlocked.SetResult();
            await release.Task; // a handler that never returns
        });
        await consumerBlocked.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (int i = 0; i < 5; i++)
        {
            await h.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate((ulong)(10 + i), "hi"));
        }

        await h.Discord.WaitForOpAsync(1, count: 1);
        await h.WaitAckAtNowAsync();
        for (int beat = 2; beat <= 4; beat++)
        {
            h.Time.Advance(TimeSpan.FromMilliseconds(1000));
            await h.Discord.WaitForOpAsync(1, count: beat);
            await h.WaitAckAtNowAsync();
        }

        Assert.Equal(1, h.Discord.Connections.Count);
        Assert.Equal(GatewayConnectionState.Active, h.Client.State);
        release.SetResult();
        await consumer;
    }

    [Fact]
    public async Task Fragmented_frames_are_reassembled()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        await h.Client.Dispatches.ReadAsync(); // READY
        string content = new('x', 3000);

        await h.Discord.CurrentConnection!.SendFragmentedAsync(
            $"{{\"t\":\"MESSAGE_CREATE\",\"s\":2,\"op\":0,\"d\":{FakePayloads.MessageCreate(77, content)}}}", fragmentSize: 100);

        GatewayDispatch dispatch = await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        MessageCreateDispatch message = Assert.IsType<MessageCreateDispatch>(dispatch);
        Assert.Equal(content, message.Message.Content);
        Assert.Equal(2, message.Sequence);
    }

    [Fact]
    public async Task Typed_dispatches_for_interactions_messages_guilds_and_raw_for_the_rest()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        await h.Client.Dispatches.ReadAsync(); // READY

        await h.Discord.DispatchAsync("GUILD_CREATE", FakePayloads.GuildCreate(5, "Guild"));
        await h.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(9, "ask", new Dictionary<string, string> { ["question"] = "why?" }));
        await h.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(8, "<@2> hi", authorIsBot: true, mentionUserIds: 2));
        await h.Discord.DispatchAsync("TYPING_START", "{\"channel_id\":\"1\"}");

        var received = new List<GatewayDispatch>();
        for (int i = 0; i < 4; i++)
        {
            received.Add(await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        }

        Assert.Equal("Guild", Assert.IsType<GuildCreateDispatch>(received[0]).Guild.Name);
        var interaction = Assert.IsType<InteractionCreateDispatch>(received[1]).Interaction;
        Assert.Equal("why?", interaction.Data!.Options![0].ValueAsString());
        Assert.Equal(FakePayloads.UserId, interaction.InvokingUser!.Id);
        var message = Assert.IsType<MessageCreateDispatch>(received[2]).Message;
        Assert.True(message.IsFromBot);
        Assert.True(message.MentionsUser(2));
        var raw = Assert.IsType<RawDispatch>(received[3]);
        Assert.Equal("TYPING_START", raw.EventName);
        Assert.Equal("1", raw.Data.GetProperty("channel_id").GetString());
        Assert.Equal(5, h.Client.Sequence);
    }

    [Fact]
    public async Task A_malformed_event_is_skipped_and_logged_without_dropping_the_connection()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        await h.Client.Dispatches.ReadAsync(); // READY

        await h.Discord.DispatchAsync("INTERACTION_CREATE", "{\"id\":{\"not\":\"a snowflake\"},\"type\":2,\"token\":\"t\"}");
        await h.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(3, "ok"));

        var next = Assert.IsType<InteractionCreateDispatch>(await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3UL, next.Interaction.Id);
        Assert.Equal(3, h.Client.Sequence);
        Assert.Contains(h.Logs.GetSnapshot(), r => r.Message.Contains("malformed", StringComparison.Ordinal));
        Assert.Equal(1, h.Discord.Connections.Count);
    }

    [Fact]
    public async Task Zlib_stream_transport_compression_end_to_end()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.AutoHello = false, configure: o => o.UseZlibCompression = true);
        FakeGatewayConnection connection = await h.Discord.WaitForConnectionAsync();
        Assert.Equal("?v=10&encoding=json&compress=zlib-stream", connection.Query);
        Assert.True(connection.IsCompressed);
        connection.SplitCompressedPayloads = true;
        await connection.SendHelloAsync(41_250);
        await h.WaitActiveAsync();

        await h.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(4, new string('z', 3000)));

        Assert.IsType<ReadyDispatch>(await h.Client.Dispatches.ReadAsync());
        var message = Assert.IsType<MessageCreateDispatch>(await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(3000, message.Message.Content!.Length);
    }

    [Fact]
    public async Task Oversize_payload_is_refused_before_sending()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync();
        await h.WaitActiveAsync();
        JsonElement big = JsonDocument.Parse($"{{\"since\":null,\"activities\":[{{\"name\":\"{new string('a', 4100)}\",\"type\":0}}],\"status\":\"online\",\"afk\":false}}").RootElement;
        JsonElement small = JsonDocument.Parse("{\"since\":null,\"activities\":[],\"status\":\"idle\",\"afk\":false}").RootElement;

        var refused = await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(() => h.Client.SendAsync(GatewayOpCode.PresenceUpdate, big, CancellationToken.None).AsTask());
        await h.Client.SendAsync(GatewayOpCode.PresenceUpdate, small, CancellationToken.None);

        Assert.True(refused.Size > 4096);
        GatewayFrame presence = await h.Discord.WaitForOpAsync(3);
        Assert.Equal("idle", presence.D.GetProperty("status").GetString());
        Assert.Equal(1, h.Discord.Frames.CountWhere(f => f.Op == 3));
        Assert.Equal(1, h.Discord.Connections.Count);
    }
}
