using System.Collections.Concurrent;

namespace FeudBot.Discord.Gateway;

/// <summary>In-process <see cref="IIdentifyLimiter"/>: one IDENTIFY per bucket per 5 s, on the injected clock.</summary>
public sealed class LocalIdentifyLimiter(TimeProvider timeProvider) : IIdentifyLimiter
{
    /// <summary>Window of the identify limit.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, Bucket> _buckets = new();

    /// <inheritdoc />
    public async ValueTask WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
    {
        Bucket bucket = _buckets.GetOrAdd(shardId % Math.Max(1, maxConcurrency), _ => new Bucket());
        await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (bucket.LastStart is long last)
            {
                TimeSpan wait = Window - timeProvider.GetElapsedTime(last);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                }
            }

            bucket.LastStart = timeProvider.GetTimestamp();
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
