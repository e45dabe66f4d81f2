using System.Collections.Concurrent;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// The default <see cref="IIdentifyLimiter"/>, following <see cref="IdentifySchedule"/> on the injected clock:
/// a shard's first IDENTIFY waits for its slot (slot × 5 s after this limiter was created, i.e. process start),
/// and within the process every bucket sends at most one IDENTIFY per 5 s. Register one instance per process so
/// every shard of the process shares it; other processes keep out of the way by the same schedule.
/// </summary>
public sealed class LocalIdentifyLimiter(TimeProvider timeProvider) : IIdentifyLimiter
{
    /// <summary>Window of the identify limit.</summary>
    public static readonly TimeSpan Window = IdentifySchedule.Window;

    private readonly long _start = timeProvider.GetTimestamp();
    private readonly ConcurrentDictionary<int, Bucket> _buckets = new();
    private readonly ConcurrentDictionary<int, bool> _identified = new();

    /// <inheritdoc />
    public async ValueTask WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
        Bucket bucket = _buckets.GetOrAdd(IdentifySchedule.Bucket(shardId, maxConcurrency), _ => new Bucket());
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            TimeSpan wait = TimeSpan.Zero;
            if (!_identified.ContainsKey(shardId))
            {
                wait = IdentifySchedule.FirstIdentifyDelay(shardId, maxConcurrency) - timeProvider.GetElapsedTime(_start);
            }

            if (bucket.LastStart is long last)
            {
                TimeSpan spacing = Window - timeProvider.GetElapsedTime(last);
                wait = spacing > wait ? spacing : wait;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            bucket.LastStart = timeProvider.GetTimestamp();
            _identified[shardId] = true;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long? LastStart { get; set; }
    }
}
