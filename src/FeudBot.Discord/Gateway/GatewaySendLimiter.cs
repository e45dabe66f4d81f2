namespace FeudBot.Discord.Gateway;

/// <summary>
/// Sliding-window log of sends for one connection: Discord allows 120 events per 60 s and closes with
/// 4008 beyond (https://discord.com/developers/docs/events/gateway#rate-limiting). Ordinary sends stop
/// <see cref="HeartbeatReserve"/> short of the limit so heartbeats always fit (discordeno/discordeno#2006).
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider timeProvider, int limit = 120, TimeSpan? window = null)
{
    private readonly Queue<long> _sends = new();
    private readonly TimeSpan _window = window ?? TimeSpan.FromSeconds(60);
    private readonly Lock _lock = new();

    /// <summary>Slots kept for heartbeats; set from the heartbeat interval on HELLO.</summary>
    public int HeartbeatReserve { get; set; } = 4;

    /// <summary>Sends counted in the current window.</summary>
    public int InWindow
    {
        get
        {
            lock (_lock)
            {
                Trim();
                return _sends.Count;
            }
        }
    }

    /// <summary>Waits until a send is allowed and counts it. Heartbeats never wait.</summary>
    public async ValueTask WaitAsync(bool isHeartbeat, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                Trim();
                if (isHeartbeat || _sends.Count < limit - HeartbeatReserve)
                {
                    _sends.Enqueue(timeProvider.GetTimestamp());
                    return;
                }

                wait = _window - timeProvider.GetElapsedTime(_sends.Peek());
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Trim()
    {
        while (_sends.Count > 0 && timeProvider.GetElapsedTime(_sends.Peek()) >= _window)
        {
            _sends.Dequeue();
        }
    }
}
