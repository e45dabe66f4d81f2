using System.Threading.Channels;
using FeudBot.Discord.Models;
using FeudBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// A Discord Gateway v10 shard: connects, identifies or resumes, heartbeats, reconnects, and publishes
/// dispatches on <see cref="Dispatches"/> (a bounded channel, so no consumer can delay a heartbeat).
/// Host it by awaiting <see cref="RunAsync"/>; it returns on cancellation and throws
/// <see cref="GatewayFatalException"/> on a fatal close (bad token, disallowed intents, bad shard).
/// </summary>
public sealed class DiscordGatewayClient
{
    private const int MaxFailedResumes = 3;

    private readonly DiscordRestClient _rest;
    private readonly IGatewayTransportFactory _transports;
    private readonly ReconnectBackoff _backoff;
    private readonly Channel<GatewayDispatch> _dispatches;
    private readonly InteractionDeduplicator? _deduplicator;
    private GatewaySession? _session;
    private long _sequence = -1;
    private long _lastAckUnixMs = -1;
    private long _latencyTicks = -1;
    private int _reconnects, _identifies, _resumes, _failedResumes, _running;
    private volatile GatewayConnectionState _state = GatewayConnectionState.Disconnected;
    private Uri? _gatewayUrl;
    private GatewayConnection? _current;

    /// <summary>Creates the client; every dependency is a seam (transport, clock, randomness, identify limiter).</summary>
    public DiscordGatewayClient(
        DiscordRestClient rest,
        IGatewayTransportFactory transports,
        IIdentifyLimiter identifyLimiter,
        IOptions<DiscordOptions> options,
        TimeProvider timeProvider,
        IRandomSource random,
        ILogger<DiscordGatewayClient> logger)
    {
        _rest = rest;
        _transports = transports;
        IdentifyLimiter = identifyLimiter;
        Options = options.Value;
        Time = timeProvider;
        Random = random;
        Logger = logger;
        _backoff = new ReconnectBackoff(random);
        _dispatches = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(Options.DispatchBufferCapacity)
        {
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _deduplicator = Options.DeduplicateInteractions ? new InteractionDeduplicator() : null;
    }

    /// <summary>Dispatches in arrival order. Completes when <see cref="RunAsync"/> ends (with the fatal error, if any).</summary>
    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    /// <summary>Current connection state (for health checks).</summary>
    public GatewayConnectionState State => _state;

    /// <summary>The resumable session from the last READY, or null.</summary>
    public GatewaySession? Session => Volatile.Read(ref _session);

    /// <summary>The last dispatch sequence number, or null before the first dispatch.</summary>
    public long? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? s : null;

    /// <summary>When the last heartbeat ACK arrived (for health checks).</summary>
    public DateTimeOffset? LastHeartbeatAck => Interlocked.Read(ref _lastAckUnixMs) is var ms and >= 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    /// <summary>Time between the last heartbeat and its ACK.</summary>
    public TimeSpan? Latency => Interlocked.Read(ref _latencyTicks) is var t and >= 0 ? TimeSpan.FromTicks(t) : null;

    /// <summary>Connections ended and retried since start.</summary>
    public int ReconnectCount => Volatile.Read(ref _reconnects);

    /// <summary>IDENTIFYs sent since start (each one uses one of the daily session starts).</summary>
    public int IdentifyCount => Volatile.Read(ref _identifies);

    /// <summary>RESUMEs sent since start.</summary>
    public int ResumeCount => Volatile.Read(ref _resumes);

    /// <summary>Interaction duplicates dropped (when <see cref="DiscordOptions.DeduplicateInteractions"/> is on).</summary>
    public long DuplicateInteractionsDropped => _deduplicator?.DuplicatesDropped ?? 0;

    /// <summary>This connection's shard id (IDENTIFY <c>shard: [ShardId, ShardCount]</c>).</summary>
    public int ShardId => Options.ShardId;

    internal DiscordOptions Options { get; }

    internal TimeProvider Time { get; }

    internal IRandomSource Random { get; }

    internal ILogger Logger { get; }

    internal IIdentifyLimiter IdentifyLimiter { get; }

    internal int MaxConcurrency { get; private set; } = 1;

    internal ChannelWriter<GatewayDispatch> DispatchWriter => _dispatches.Writer;

    /// <summary>
    /// Runs the shard until <paramref name="cancellationToken"/> fires (then closes with 1000 and returns)
    /// or a fatal close code arrives (then throws <see cref="GatewayFatalException"/>). Call once.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            throw new InvalidOperationException("DiscordGatewayClient.RunAsync is already running; call it once.");
        }

        int attempt = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ConnectionOutcome outcome = await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
                if (outcome.Action == GatewayCloseAction.Fatal)
                {
                    GatewayLog.Fatal(Logger, outcome.Reason, outcome.CloseCode);
                    _state = GatewayConnectionState.FatallyClosed;
                    var fatal = new GatewayFatalException(outcome.CloseCode, $"Discord gateway stopped: {outcome.Reason} (close code {outcome.CloseCode}).");
                    _dispatches.Writer.TryComplete(fatal);
                    throw fatal;
                }

                TimeSpan delay = NextDelay(outcome, ref attempt);
                GatewayLog.ConnectionEnded(Logger, outcome.Action, outcome.Reason, outcome.CloseCode, delay);
                Interlocked.Increment(ref _reconnects);
                _state = GatewayConnectionState.Disconnected;
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, Time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _state = GatewayConnectionState.Stopped;
            _dispatches.Writer.TryComplete();
        }
    }

    /// <summary>
    /// Sends a gateway command (e.g. op 3 presence update) on the live connection, through the
    /// 4096-byte check and the send limiter. Throws <see cref="GatewayPayloadTooLargeException"/> when too big.
    /// </summary>
    public ValueTask SendAsync(GatewayOpCode opCode, System.Text.Json.JsonElement data, CancellationToken cancellationToken)
    {
        GatewayConnection connection = Volatile.Read(ref _current)
            ?? throw new InvalidOperationException("The gateway is not connected.");
        byte[] frame = GatewayFrameWriter.Write(opCode, data, Json.DiscordJsonContext.Default.JsonElement);
        return connection.SendAsync(frame, cancellationToken);
    }

    internal void SetState(GatewayConnectionState state) => _state = state;

    internal void UpdateSequence(long sequence) => Interlocked.Exchange(ref _sequence, sequence);

    internal void CountIdentify() => Interlocked.Increment(ref _identifies);

    internal void CountResume() => Interlocked.Increment(ref _resumes);

    internal void OnHeartbeatAck(TimeSpan latency)
    {
        Interlocked.Exchange(ref _lastAckUnixMs, Time.GetUtcNow().ToUnixTimeMilliseconds());
        Interlocked.Exchange(ref _latencyTicks, latency.Ticks);
    }

    internal void OnReady(ReadyEvent ready)
    {
        var resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out Uri? url) ? url : _gatewayUrl!;
        Volatile.Write(ref _session, new GatewaySession(ready.SessionId, resumeUrl, ready.Application?.Id ?? 0, ready.User?.Id ?? 0));
        _failedResumes = 0;
        _state = GatewayConnectionState.Active;
        GatewayLog.Ready(Logger, ready.SessionId, ready.Application?.Id ?? 0, ready.User?.Id ?? 0);
    }

    internal void OnResumed()
    {
        _failedResumes = 0;
        _state = GatewayConnectionState.Active;
        GatewayLog.Resumed(Logger, Sequence ?? 0);
    }

    internal bool AcceptInteraction(InteractionCreateDispatch dispatch)
    {
        if (_deduplicator is null || _deduplicator.TryAccept(dispatch.Interaction.Id))
        {
            return true;
        }

        GatewayLog.DuplicateInteraction(Logger, dispatch.Interaction.Id, dispatch.Sequence);
        return false;
    }

    private TimeSpan NextDelay(ConnectionOutcome outcome, ref int attempt)
    {
        if (outcome.Action == GatewayCloseAction.NewSession)
        {
            ForgetSession();
        }
        else if (!outcome.ReachedActive && Session is not null && ++_failedResumes >= MaxFailedResumes)
        {
            // resume → close → resume loops (discordeno/discordeno#3907): fall back to IDENTIFY.
            GatewayLog.ResumeGivenUp(Logger, _failedResumes);
            ForgetSession();
        }

        if (outcome.ReachedActive)
        {
            attempt = 0;
            return outcome.Delay ?? TimeSpan.Zero;
        }

        return outcome.Delay ?? _backoff.Delay(attempt++);
    }

    private void ForgetSession()
    {
        Volatile.Write(ref _session, null);
        Interlocked.Exchange(ref _sequence, -1);
        _failedResumes = 0;
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        GatewaySession? session = Session;
        bool resume = session is not null && Sequence is not null;
        Uri baseUri;
        try
        {
            baseUri = resume ? session!.ResumeGatewayUrl : await GetGatewayUrlAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordUnauthorizedException ex)
        {
            return new ConnectionOutcome(GatewayCloseAction.Fatal, ex.Message, 4004, false);
        }
        catch (Exception ex) when (ex is HttpRequestException or DiscordRestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(GatewayCloseAction.NewSession, $"GET /gateway/bot failed ({ex.Message})", null, false);
        }

        Uri uri = GatewayUriBuilder.Build(baseUri, Options.UseZlibCompression);
        _state = GatewayConnectionState.Connecting;
        GatewayLog.Connecting(Logger, uri.Host, resume);
        await using IGatewayTransport transport = _transports.Create();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30), Time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            await transport.ConnectAsync(uri, linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            if (!resume)
            {
                _gatewayUrl = null; // re-fetch the URL only when connecting with it failed
            }

            return new ConnectionOutcome(GatewayCloseAction.Resume, $"connect failed ({ex.GetType().Name})", null, false);
        }

        var connection = new GatewayConnection(this, transport, resume);
        Volatile.Write(ref _current, connection);
        try
        {
            return await connection.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _current, null);
        }
    }

    private async Task<Uri> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(Options.GatewayUrl))
        {
            return new Uri(Options.GatewayUrl);
        }

        try
        {
            GatewayBotInfo info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            if (info.SessionStartLimit is { } limit)
            {
                MaxConcurrency = Math.Max(1, limit.MaxConcurrency);
                if (limit.Remaining <= 0)
                {
                    var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
                    GatewayLog.NoSessionStartsLeft(Logger, wait);
                    await Task.Delay(wait, Time, cancellationToken).ConfigureAwait(false);
                }
            }

            _gatewayUrl = new Uri(info.Url);
        }
        catch (Exception ex) when (_gatewayUrl is not null && ex is HttpRequestException or DiscordRestException && ex is not DiscordUnauthorizedException)
        {
            // Keep using the cached URL while /gateway/bot is unavailable.
        }

        return _gatewayUrl!;
    }
}
