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
        // The slot wait happens outside the bucket's gate: a later shard waiting for its slot must not hold up
        // an earlier shard of the same bucket that may identify now.
        if (!_identified.ContainsKey(shardId))
        {
            TimeSpan untilSlot = IdentifySchedule.FirstIdentifyDelay(shardId, maxConcurrency) - timeProvider.GetElapsedTime(_start);
            if (untilSlot > TimeSpan.Zero)
            {
                await Task.Delay(untilSlot, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }

        Bucket bucket = _buckets.GetOrAdd(IdentifySchedule.Bucket(shardId, maxConcurrency), _ => new Bucket());
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (bucket.LastStart is long last)
            {
                TimeSpan spacing = Window - timeProvider.GetElapsedTime(last);
                if (spacing > TimeSpan.Zero)
                {
                    await Task.Delay(spacing, timeProvider, cancellationToken).ConfigureAwait(false);
                }
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
