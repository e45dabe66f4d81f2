namespace FeudBot.Discord.Gateway;

/// <summary>
/// The only writer of one connection's socket: refuses payloads over 4096 bytes before sending, applies the
/// send limiter (heartbeats never wait behind other commands, discord-net/Discord.Net#143), and serialises
/// sends because a WebSocket allows one at a time.
/// </summary>
internal sealed class GatewaySender(IGatewayTransport transport, TimeProvider timeProvider)
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The connection's send limiter.</summary>
    public GatewaySendLimiter Limiter { get; } = new(timeProvider);

    /// <summary>Sends one payload.</summary>
    public async ValueTask SendAsync(byte[] payload, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (payload.Length > GatewayPayloadTooLargeException.MaxBytes)
        {
            throw new GatewayPayloadTooLargeException(payload.Length);
        }

        await Limiter.WaitAsync(isHeartbeat, cancellationToken).ConfigureAwait(false);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.SendAsync(payload, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Sends a close frame, best effort, within 2 s.</summary>
    public async Task CloseQuietlyAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, timeProvider);
            await _lock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await transport.CloseAsync(code, reason.Length > 120 ? reason[..120] : reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _lock.Release();
            }
        }
        catch (Exception)
        {
            // Best effort: the socket may already be gone; Abort follows anyway.
        }
    }
}
