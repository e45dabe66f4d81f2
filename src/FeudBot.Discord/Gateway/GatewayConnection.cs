using System.Buffers;
using System.Text.Json;
using FeudBot.Discord.Json;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// One WebSocket connection: a receive loop and a heartbeat loop bound to this connection's own
/// <see cref="CancellationTokenSource"/>, both awaited before <see cref="RunAsync"/> returns, so no loop
/// outlives its socket and ACK state never leaks into the next connection (PsycherosAI/Psycheros#42).
/// </summary>
internal sealed class GatewayConnection
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly DiscordGatewayClient _owner;
    private readonly IGatewayTransport _transport;
    private readonly bool _resume;
    private readonly GatewaySender _sender;
    private readonly TaskCompletionSource<(ConnectionOutcome Outcome, int? OurCloseCode)> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<TimeSpan> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _heartbeatLoop = Task.CompletedTask;
    private readonly GatewayHeartbeat _heartbeat;
    private volatile bool _reachedActive;

    public GatewayConnection(DiscordGatewayClient owner, IGatewayTransport transport, bool resume)
    {
        _owner = owner;
        _transport = transport;
        _resume = resume;
        _sender = new GatewaySender(transport, owner.Time);
        _heartbeat = new GatewayHeartbeat(owner, _sender, (reason, ourCode) => Complete(GatewayCloseAction.Resume, reason, null, ourCode));
    }

    /// <summary>Runs the connection until it ends; throws <see cref="OperationCanceledException"/> when stopped.</summary>
    public async Task<ConnectionOutcome> RunAsync(CancellationToken stop)
    {
        // The loops get a token that is cancelled only at teardown, after the close frame went out:
        // cancelling a pending ClientWebSocket operation aborts the socket (no close code would be sent).
        using var connection = new CancellationTokenSource();
        using var phase = CancellationTokenSource.CreateLinkedTokenSource(stop, connection.Token);
        using CancellationTokenRegistration onStop = stop.Register(
            () => _outcome.TrySetResult((new ConnectionOutcome(GatewayCloseAction.Resume, "stopping", null, false), 1000)));
        Task receiveLoop = ReceiveLoopAsync(connection.Token);
        try
        {
            Task helloOrEnd = await Task.WhenAny(_hello.Task, _outcome.Task, Task.Delay(HelloTimeout, _owner.Time, phase.Token)).ConfigureAwait(false);
            if (helloOrEnd == _hello.Task)
            {
                await IdentifyOrResumeAsync(phase.Token).ConfigureAwait(false);
            }
            else if (helloOrEnd != _outcome.Task && !stop.IsCancellationRequested)
            {
                Complete(GatewayCloseAction.Resume, "no HELLO within 30 s", null, GatewayCloseCodes.ResumableClose);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Falls through to the outcome set by the stop registration.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Complete(GatewayCloseAction.Resume, $"identify/resume send failed ({ex.GetType().Name})", null, null);
        }

        (ConnectionOutcome Outcome, int? OurCloseCode) result = await _outcome.Task.ConfigureAwait(false);
        if (stop.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session so the bot shows offline at once.
            result = (result.Outcome, 1000);
        }

        if (result.OurCloseCode is int code)
        {
            await _sender.CloseQuietlyAsync(code, stop.IsCancellationRequested ? "shutting down" : result.Outcome.Reason).ConfigureAwait(false);
            // Let the peer's close reply arrive before aborting: an abort (RST) can discard our close frame unread.
            await Task.WhenAny(receiveLoop, Task.Delay(CloseTimeout, _owner.Time, CancellationToken.None)).ConfigureAwait(false);
        }

        await TearDownAsync(connection, receiveLoop).ConfigureAwait(false);
        stop.ThrowIfCancellationRequested();
        return result.Outcome with { ReachedActive = _reachedActive };
    }

    /// <summary>Sends a non-heartbeat payload through the size check and the send limiter.</summary>
    public ValueTask SendAsync(byte[] payload, CancellationToken cancellationToken) => _sender.SendAsync(payload, isHeartbeat: false, cancellationToken);

    private async Task IdentifyOrResumeAsync(CancellationToken token)
    {
        DiscordOptions options = _owner.Options;
        if (_resume && _owner.Session is { } session)
        {
            _owner.SetState(GatewayConnectionState.Resuming);
            long seq = _owner.Sequence ?? 0;
            GatewayLog.Resuming(_owner.Logger, session.SessionId, seq);
            var resume = new ResumePayload { Token = options.Token, SessionId = session.SessionId, Seq = seq };
            await SendAsync(GatewayFrameWriter.Write(GatewayOpCode.Resume, resume, DiscordJsonContext.Default.ResumePayload), token).ConfigureAwait(false);
            _owner.CountResume();
            return;
        }

        _owner.SetState(GatewayConnectionState.Identifying);
        await _owner.IdentifyLimiter.WaitAsync(options.ShardId, _owner.MaxConcurrency, token).ConfigureAwait(false);
        GatewayLog.Identifying(_owner.Logger, options.ShardId, options.ShardCount, (int)options.Intents);
        var identify = new IdentifyPayload
        {
            Token = options.Token,
            Intents = (int)options.Intents,
            Shard = [options.ShardId, options.ShardCount],
        };
        await SendAsync(GatewayFrameWriter.Write(GatewayOpCode.Identify, identify, DiscordJsonContext.Default.IdentifyPayload), token).ConfigureAwait(false);
        _owner.CountIdentify();
    }

    private async Task ReceiveLoopAsync(CancellationToken token)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using ZlibStreamInflater? inflater = _owner.Options.UseZlibCompression ? new ZlibStreamInflater() : null;
        var inflated = inflater is null ? null : new ArrayBufferWriter<byte>(16 * 1024);
        await Task.Yield();
        while (!token.IsCancellationRequested)
        {
            buffer.ResetWrittenCount();
            GatewayMessageType type;
            try
            {
                type = await _transport.ReceiveAsync(buffer, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // No close frame (TCP drop, 1006): the session survives and can be resumed.
                Complete(GatewayCloseAction.Resume, $"connection dropped ({ex.GetType().Name})", null, null);
                return;
            }

            if (type == GatewayMessageType.Close)
            {
                GatewayCloseClassification verdict = GatewayCloseCodes.Classify(_transport.CloseStatus);
                Complete(verdict.Action, verdict.Explanation, _transport.CloseStatus, null);
                return;
            }

            ReadOnlyMemory<byte> frame = buffer.WrittenMemory;
            if (inflater is not null)
            {
                inflated!.ResetWrittenCount();
                if (!inflater.TryInflate(frame.Span, inflated))
                {
                    continue;
                }

                frame = inflated.WrittenMemory;
            }

            try
            {
                await HandleFrameAsync(frame, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Complete(GatewayCloseAction.Resume, $"frame handling failed ({ex.GetType().Name}: {ex.Message})", null, GatewayCloseCodes.ResumableClose);
                return;
            }
        }
    }

    private async ValueTask HandleFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken token)
    {
        GatewayEnvelope envelope;
        GatewayDispatch? dispatch;
        try
        {
            (envelope, dispatch) = GatewayEnvelope.ReadDispatch(frame.Span);
        }
        catch (JsonException ex)
        {
            // A malformed envelope or event: log it (without the payload) and carry on; the sequence is
            // still advanced when the envelope itself was readable, so a resume does not replay it forever.
            if (TryReadSequence(frame.Span) is long seq)
            {
                _owner.UpdateSequence(seq);
            }

            GatewayLog.MalformedFrame(_owner.Logger, null, ex.Message);
            return;
        }

        switch ((GatewayOpCode)envelope.Op)
        {
            case GatewayOpCode.Dispatch:
                await HandleDispatchAsync(envelope, dispatch, token).ConfigureAwait(false);
                break;
            case GatewayOpCode.Heartbeat:
                await _heartbeat.BeatNowAsync(token).ConfigureAwait(false);
                break;
            case GatewayOpCode.Reconnect:
                Complete(GatewayCloseAction.Resume, "server asked to reconnect (op 7)", null, GatewayCloseCodes.ResumableClose);
                break;
            case GatewayOpCode.InvalidSession:
                bool resumable = envelope.Data(frame.Span).SequenceEqual("true"u8);
                if (resumable)
                {
                    Complete(GatewayCloseAction.Resume, "invalid session (op 9, resumable)", null, GatewayCloseCodes.ResumableClose);
                }
                else
                {
                    // The 1-5 s wait is from the older docs and Remora/Disqord; it also guards against identify floods.
                    TimeSpan delay = TimeSpan.FromSeconds(1 + 4 * _owner.Random.NextDouble());
                    _outcome.TrySetResult((new ConnectionOutcome(GatewayCloseAction.NewSession, "invalid session (op 9, not resumable)", null, false, delay), 1000));
                }

                break;
            case GatewayOpCode.Hello:
                StartHeartbeat(envelope, frame, token);
                break;
            case GatewayOpCode.HeartbeatAck:
                _heartbeat.OnAck();
                break;
        }
    }

    private static long? TryReadSequence(ReadOnlySpan<byte> frame)
    {
        try
        {
            return GatewayEnvelope.Parse(frame).Sequence;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async ValueTask HandleDispatchAsync(GatewayEnvelope envelope, GatewayDispatch? dispatch, CancellationToken token)
    {
        if (envelope.Sequence is long seq)
        {
            _owner.UpdateSequence(seq);
        }

        if (dispatch is null)
        {
            return; // op 0 without an event name
        }

        switch (dispatch)
        {
            case ReadyDispatch ready:
                _owner.OnReady(ready.Ready);
                _reachedActive = true;
                break;
            case ResumedDispatch:
                _owner.OnResumed();
                _reachedActive = true;
                break;
            case InteractionCreateDispatch interaction when !_owner.AcceptInteraction(interaction):
                return;
        }

        await _owner.DispatchWriter.WriteAsync(dispatch, token).ConfigureAwait(false);
    }

    private void StartHeartbeat(GatewayEnvelope envelope, ReadOnlyMemory<byte> frame, CancellationToken token)
    {
        if (_hello.Task.IsCompleted)
        {
            return;
        }

        HelloPayload? hello = JsonSerializer.Deserialize(envelope.Data(frame.Span), DiscordJsonContext.Default.HelloPayload);
        var interval = TimeSpan.FromMilliseconds(Math.Max(1, hello?.HeartbeatInterval ?? 41_250));
        // Room for every beat of a 60 s window plus one server-requested beat.
        _sender.Limiter.HeartbeatReserve = (int)Math.Ceiling(TimeSpan.FromSeconds(60) / interval) + 2;
        _heartbeatLoop = _heartbeat.RunAsync(interval, token);
        _hello.TrySetResult(interval);
    }

    private void Complete(GatewayCloseAction action, string reason, int? closeCode, int? ourCloseCode) =>
        _outcome.TrySetResult((new ConnectionOutcome(action, reason, closeCode, false), ourCloseCode));

    private async Task TearDownAsync(CancellationTokenSource cts, Task receiveLoop)
    {
        await cts.CancelAsync().ConfigureAwait(false);
        _transport.Abort();
        try
        {
            await Task.WhenAll(receiveLoop, _heartbeatLoop).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Loops report through the outcome; their exceptions after cancellation are noise.
        }
    }
}
