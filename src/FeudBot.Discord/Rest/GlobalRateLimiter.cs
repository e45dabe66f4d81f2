namespace FeudBot.Discord.Rest;

/// <summary>
/// The bot-wide limit of 50 requests per second (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit),
/// shared by every request of the process, plus a hard stop after a global 429 that releases every waiter
/// at once when it ends (discordjs/discord.js#2801, #3560).
/// </summary>
internal sealed class GlobalRateLimiter(TimeProvider timeProvider, int perSecond = 50)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private long _windowStart = timeProvider.GetTimestamp();
    private int _count;
    private long _blockedUntilTicks;

    /// <summary>Waits for a slot.</summary>
    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                long nowTicks = timeProvider.GetUtcNow().UtcTicks;
                if (nowTicks < _blockedUntilTicks)
                {
                    wait = TimeSpan.FromTicks(_blockedUntilTicks - nowTicks);
                }
                else
                {
                    TimeSpan elapsed = timeProvider.GetElapsedTime(_windowStart);
                    if (elapsed >= Window)
                    {
                        _windowStart = timeProvider.GetTimestamp();
                        _count = 0;
                        elapsed = TimeSpan.Zero;
                    }

                    if (_count < perSecond)
                    {
                        _count++;
                        return;
                    }

                    wait = Window - elapsed;
                }
            }

            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops every non-exempt request for <paramref name="retryAfter"/> (a global 429).</summary>
    public void Block(TimeSpan retryAfter)
    {
        lock (_lock)
        {
            long until = timeProvider.GetUtcNow().UtcTicks + retryAfter.Ticks;
            _blockedUntilTicks = Math.Max(_blockedUntilTicks, until);
        }
    }
}
