using System.Collections.Concurrent;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeudBot.FakeDiscord;

/// <summary>
/// An in-process fake Discord on 127.0.0.1 (random port): a WebSocket gateway at <see cref="GatewayUrl"/>
/// (and <see cref="ResumeGatewayUrl"/>, which READY advertises) plus the REST routes under <see cref="ApiBaseUrl"/>.
/// By default it behaves like Discord: HELLO on connect, READY after IDENTIFY, ACK per heartbeat, replay of
/// missed events then RESUMED after RESUME. Everything it receives is recorded in <see cref="Frames"/> and
/// <see cref="Requests"/>, with awaitable queries. Typical end-to-end use:
/// <code>
/// await using var discord = await FakeDiscordServer.StartAsync();
/// // point Discord:ApiBaseUrl at discord.ApiBaseUrl, start the bot
/// await discord.WaitForReadyAsync();
/// await discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(1, "ping"));
/// RecordedRequest reply = await discord.WaitForRequestAsync(r => r.Path.StartsWith("interactions/1/"));
/// </code>
/// </summary>
public sealed partial class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeSession> _sessions = new();
    private readonly List<FakeRestResponse> _scripted = [];
    private readonly Lock _scriptLock = new();
    private int _connectionCount, _sessionCount;
    private FakeSession? _currentSession;

    private FakeDiscordServer(WebApplication app, FakeDiscordOptions options)
    {
        _app = app;
        Options = options;
    }

    /// <summary>Behaviour switches (mutable at any time).</summary>
    public FakeDiscordOptions Options { get; }

    /// <summary>http://127.0.0.1:port/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Value for <c>Discord:ApiBaseUrl</c>: http://127.0.0.1:port/api/v10.</summary>
    public string ApiBaseUrl => new Uri(BaseAddress, "api/v10").ToString();

    /// <summary>The gateway URL returned by GET /gateway/bot.</summary>
    public Uri GatewayUrl => new($"ws://{BaseAddress.Authority}/gateway");

    /// <summary>The resume_gateway_url sent in READY.</summary>
    public Uri ResumeGatewayUrl => new($"ws://{BaseAddress.Authority}/resume");

    /// <summary>Every gateway frame received from clients.</summary>
    public RecordingLog<GatewayFrame> Frames { get; } = new();

    /// <summary>Every REST request received.</summary>
    public RecordingLog<RecordedRequest> Requests { get; } = new();

    /// <summary>Every gateway connection accepted.</summary>
    public RecordingLog<FakeGatewayConnection> Connections { get; } = new();

    /// <summary>The most recent connection, or null.</summary>
    public FakeGatewayConnection? CurrentConnection => Connections.Snapshot().LastOrDefault();

    /// <summary>The most recently identified session, or null.</summary>
    public FakeSession? CurrentSession => Volatile.Read(ref _currentSession);

    /// <summary>IDENTIFY frames received.</summary>
    public int IdentifyCount => Frames.CountWhere(f => f.Op == 2);

    /// <summary>RESUME frames received.</summary>
    public int ResumeCount => Frames.CountWhere(f => f.Op == 6);

    /// <summary>Starts the fake on 127.0.0.1 with a free port.</summary>
    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var server = new FakeDiscordServer(app, options ?? new FakeDiscordOptions());
        app.UseWebSockets();
        app.Map("/gateway", server.HandleGatewayAsync);
        app.Map("/resume", server.HandleGatewayAsync);
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    /// <summary>
    /// Appends a dispatch to the current session's log (next sequence number) and sends it if a connection
    /// is attached; otherwise it is delivered by the replay after the next RESUME. Returns the sequence.
    /// </summary>
    /// <remarks>
    /// With several shards identified, the dispatch goes where Discord would send it: to the session of shard
    /// <c>(guild_id &gt;&gt; 22) % shard_count</c>, or shard 0 when the data has no <c>guild_id</c> (DMs); see <see cref="SessionFor"/>.
    /// </remarks>
    public Task<long> DispatchAsync(string eventName, string dataJson) => DispatchToAsync(SessionFor(dataJson), eventName, dataJson);

    /// <summary>Appends a dispatch to <paramref name="session"/>'s log and sends it if a connection is attached.</summary>
    public async Task<long> DispatchToAsync(FakeSession session, string eventName, string dataJson)
    {
        ArgumentNullException.ThrowIfNull(session);
        await session.Lock.WaitAsync().ConfigureAwait(false);
        try
        {
            (long seq, string frame) = session.Append(eventName, dataJson, Options.ReplayLogLimit);
            await TrySendAsync(session.Connection, frame).ConfigureAwait(false);
            return seq;
        }
        finally
        {
            session.Lock.Release();
        }
    }

    /// <summary>Scripts the next matching REST request(s); see <see cref="FakeRestResponse"/> helpers.</summary>
    public void Enqueue(FakeRestResponse response)
    {
        lock (_scriptLock)
        {
            _scripted.Add(response);
        }
    }

    /// <summary>Waits for the <paramref name="count"/>-th frame with opcode <paramref name="op"/>.</summary>
    public Task<GatewayFrame> WaitForOpAsync(int op, int count = 1, TimeSpan? timeout = null) => Frames.WaitForAsync(f => f.Op == op, count, timeout);

    /// <summary>Waits for the <paramref name="count"/>-th frame matching <paramref name="predicate"/>.</summary>
    public Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> predicate, int count = 1, TimeSpan? timeout = null) => Frames.WaitForAsync(predicate, count, timeout);

    /// <summary>Waits for the <paramref name="count"/>-th request matching <paramref name="predicate"/>.</summary>
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> predicate, int count = 1, TimeSpan? timeout = null) => Requests.WaitForAsync(predicate, count, timeout);

    /// <summary>Waits for the <paramref name="count"/>-th connection.</summary>
    public Task<FakeGatewayConnection> WaitForConnectionAsync(int count = 1, TimeSpan? timeout = null) => Connections.WaitForAsync(_ => true, count, timeout);

    /// <summary>Waits until the <paramref name="count"/>-th IDENTIFY was answered with READY (a session exists).</summary>
    public async Task<FakeSession> WaitForReadyAsync(int count = 1, TimeSpan? timeout = null)
    {
        await WaitForOpAsync(2, count, timeout).ConfigureAwait(false);
        return CurrentSession!;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (FakeGatewayConnection connection in Connections.Snapshot())
        {
            connection.Abort();
        }

        using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stopTimeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var connection = new FakeGatewayConnection(Interlocked.Increment(ref _connectionCount), socket, context);
        Connections.Add(connection);
        try
        {
            if (Options.AutoHello)
            {
                if (Options.HelloDelay > TimeSpan.Zero)
                {
                    await Task.Delay(Options.HelloDelay).ConfigureAwait(false);
                }

                await connection.SendHelloAsync(Options.HeartbeatIntervalMs).ConfigureAwait(false);
            }

            await ReceiveLoopAsync(connection, socket).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ConnectionAbortedException)
        {
            // The client went away or the test aborted the connection.
        }
        finally
        {
            DetachEverywhere(connection);
            connection.ClosedSource.TrySetResult();
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection, WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            message.SetLength(0);
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, CancellationToken.None).ConfigureAwait(false);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                connection.ClientCloseStatus = (int?)result.CloseStatus;
                await connection.CloseAsync((int)(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure)).ConfigureAwait(false);
                return;
            }

            string text = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            GatewayFrame frame = GatewayFrame.Received(connection.Id, text);
            await RespondAsync(connection, frame).ConfigureAwait(false);
            Frames.Add(frame);
        }
    }

    private async Task RespondAsync(FakeGatewayConnection connection, GatewayFrame frame)
    {
        switch (frame.Op)
        {
            case 1 when Options.AckHeartbeats:
                await connection.SendRawAsync("{\"op\":11}").ConfigureAwait(false);
                break;
            case 2:
                await IdentifyAsync(connection, frame).ConfigureAwait(false);
                break;
            case 6:
                await ResumeAsync(connection, frame).ConfigureAwait(false);
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, GatewayFrame frame)
    {
        string token = frame.D.TryGetProperty("token", out JsonElement t) ? t.GetString() ?? "" : "";
        if (Options.ExpectedToken is { } expected && token != expected)
        {
            await connection.CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        (int shardId, int shardCount) = ShardOf(frame);
        var session = new FakeSession($"fake-session-{Interlocked.Increment(ref _sessionCount)}", shardId, shardCount);
        _sessions[session.Id] = session;
        _shardSessions[shardId] = session;
        Volatile.Write(ref _currentSession, session);
        DetachEverywhere(connection);
        session.Connection = connection;
        if (Options.AutoReady)
        {
            string ready = FakePayloads.Ready(session.Id, ResumeGatewayUrl, Options.ApplicationId, Options.BotUserId, shardId, shardCount);
            await DispatchToAsync(session, "READY", ready).ConfigureAwait(false);
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, GatewayFrame frame)
    {
        string id = frame.D.TryGetProperty("session_id", out JsonElement s) ? s.GetString() ?? "" : "";
        long seq = frame.D.TryGetProperty("seq", out JsonElement q) && q.TryGetInt64(out long n) ? n : 0;
        if (!Options.AcceptResume || !_sessions.TryGetValue(id, out FakeSession? session))
        {
            await connection.SendInvalidSessionAsync(false).ConfigureAwait(false);
            return;
        }

        await session.Lock.WaitAsync().ConfigureAwait(false);
        try
        {
            DetachEverywhere(connection);
            session.Connection = connection;
            // Discord replays what the client missed, in order, then sends RESUMED.
            foreach (string missed in session.After(Math.Max(0, seq - Options.ResumeReplayOverlap)))
            {
                await TrySendAsync(connection, missed).ConfigureAwait(false);
            }

            (_, string resumed) = session.Append("RESUMED", "{}", Options.ReplayLogLimit);
            await TrySendAsync(connection, resumed).ConfigureAwait(false);
        }
        finally
        {
            session.Lock.Release();
        }
    }

    private void DetachEverywhere(FakeGatewayConnection connection)
    {
        foreach (FakeSession session in _sessions.Values)
        {
            if (ReferenceEquals(session.Connection, connection))
            {
                session.Connection = null;
            }
        }
    }

    private static async Task TrySendAsync(FakeGatewayConnection? connection, string frame)
    {
        if (connection is null || !connection.IsOpen)
        {
            return;
        }

        try
        {
            await connection.SendRawAsync(frame).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            // Lost with the connection; the session log keeps it for the replay.
        }
    }
}
