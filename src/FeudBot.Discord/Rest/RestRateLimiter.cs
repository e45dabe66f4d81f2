using System.Collections.Concurrent;

namespace FeudBot.Discord.Rest;

/// <summary>
/// Per-bucket REST limits learned from headers, keyed by <c>X-RateLimit-Bucket</c> + top-level resource.
/// A route whose bucket is not known yet runs one request at a time until the first response names its
/// bucket; <c>Reset-After</c> is used rather than <c>Reset</c> (clock skew, discord/discord-api-docs#2132).
/// Interaction routes skip the shared <see cref="GlobalRateLimiter"/>. Register one instance per process.
/// Interaction routes are keyed per interaction (id, or webhook id + token) and each key is dead within
/// 15 minutes, so their buckets are dropped as soon as no request holds or waits for them and no limit is
/// pending; otherwise a busy bot kept one bucket per interaction forever.
/// </summary>
public sealed class RestRateLimiter
{
    private readonly TimeProvider _time;
    private readonly GlobalRateLimiter _global;
    private readonly ConcurrentDictionary<string, string> _routeBuckets = new();
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private readonly Queue<long> _invalid = new();
    private readonly Lock _invalidLock = new();
    private int _interactionReleases;

    /// <summary>Creates the limiter on <paramref name="timeProvider"/>.</summary>
    public RestRateLimiter(TimeProvider timeProvider)
    {
        _time = timeProvider;
        _global = new GlobalRateLimiter(timeProvider);
    }

    /// <summary>Number of distinct buckets learned from headers.</summary>
    public int KnownBuckets => _routeBuckets.Values.Distinct(StringComparer.Ordinal).Count();

    /// <summary>Buckets currently held in memory (route keys and learned bucket keys); interaction ones are freed when idle.</summary>
    internal int TrackedBuckets => _buckets.Count;

    /// <summary>
    /// 401, 403 and 429 (except scope "shared") answers in the last 10 minutes: Discord bans the IP for a while
    /// at 10,000 (https://discord.com/developers/docs/topics/rate-limits#invalid-request-limit).
    /// </summary>
    public int InvalidRequestsLast10Minutes
    {
        get
        {
            lock (_invalidLock)
            {
                TrimInvalid();
                return _invalid.Count;
            }
        }
    }

    /// <summary>Waits until <paramref name="route"/> may be sent; the caller must call <see cref="Complete"/> (or <see cref="Release"/>).</summary>
    internal async ValueTask<RateLimitTicket> AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        string key = !route.IsInteraction && _routeBuckets.TryGetValue(route.Key, out string? hash) ? $"{hash}|{route.MajorId}" : route.Key;
        Bucket bucket = Enter(key, route.IsInteraction);
        try
        {
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(bucket);
            throw;
        }

        try
        {
            if (bucket.Remaining <= 0 && bucket.ResetAt is long resetAt)
            {
                TimeSpan wait = TimeSpan.FromTicks(resetAt - _time.GetUtcNow().UtcTicks);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
                }
            }

            if (!route.IsInteraction)
            {
                await _global.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            bucket.Gate.Release();
            Leave(bucket);
            throw;
        }

        return new RateLimitTicket(bucket);
    }

    /// <summary>Records the response's headers and releases the bucket.</summary>
    internal void Complete(RestRoute route, RateLimitTicket ticket, HttpResponseMessage response, TimeSpan? bodyRetryAfter)
    {
        RateLimitHeaders headers = RateLimitHeaders.From(response.Headers);
        Bucket bucket = ticket.Bucket;
        // An interaction's key is never used again after its 15 minutes, so learning its bucket name would
        // only store one more entry per interaction.
        if (headers.Bucket is { } hash && !route.IsInteraction)
        {
            _routeBuckets[route.Key] = hash;
            // Share state with requests that already know the bucket.
            bucket = _buckets.GetOrAdd($"{hash}|{route.MajorId}", _ => ticket.Bucket);
        }

        long now = _time.GetUtcNow().UtcTicks;
        int status = (int)response.StatusCode;
        if (status is 401 or 403 || (status == 429 && !string.Equals(headers.Scope, "shared", StringComparison.OrdinalIgnoreCase)))
        {
            lock (_invalidLock)
            {
                _invalid.Enqueue(_time.GetTimestamp());
                TrimInvalid();
            }
        }

        if (status == 429)
        {
            TimeSpan retry = bodyRetryAfter ?? headers.RetryAfter ?? headers.ResetAfter ?? TimeSpan.FromSeconds(1);
            // A 429 with neither Discord's headers nor its JSON body comes from Cloudflare (discord-jda/JDA#1355):
            // it limits the whole IP, so it stops every request like a global limit.
            bool fromCloudflare = headers.Bucket is null && headers.Scope is null && bodyRetryAfter is null;
            if (headers.Global || fromCloudflare || string.Equals(headers.Scope, "global", StringComparison.OrdinalIgnoreCase))
            {
                _global.Block(retry);
            }
            else
            {
                Apply(bucket, ticket.Bucket, 0, now + retry.Ticks);
            }
        }
        else if (headers.Remaining is int remaining)
        {
            Apply(bucket, ticket.Bucket, remaining, headers.ResetAfter is TimeSpan after ? now + after.Ticks : null);
        }

        ticket.Bucket.Gate.Release();
        Leave(ticket.Bucket);
    }

    /// <summary>Releases the bucket when no response arrived.</summary>
    internal void Release(RateLimitTicket ticket)
    {
        ticket.Bucket.Gate.Release();
        Leave(ticket.Bucket);
    }

    // Counts the request as a user of the bucket under key; a bucket retired meanwhile is replaced.
    private Bucket Enter(string key, bool interaction)
    {
        while (true)
        {
            Bucket bucket = _buckets.GetOrAdd(key, static (k, i) => new Bucket(k, i), interaction);
            lock (bucket)
            {
                if (!bucket.Retired)
                {
                    bucket.Users++;
                    return bucket;
                }
            }
        }
    }

    private void Leave(Bucket bucket)
    {
        if (!bucket.Interaction)
        {
            lock (bucket) bucket.Users--;
            return;
        }

        long now = _time.GetUtcNow().UtcTicks;
        TryRetire(bucket, now, leaving: true);
        // A bucket kept for a pending 429 wait is idle once the wait is over: sweep those now and then.
        if (Interlocked.Increment(ref _interactionReleases) % 1024 == 0)
        {
            foreach (Bucket idle in _buckets.Values)
            {
                if (idle.Interaction) TryRetire(idle, now, leaving: false);
            }
        }
    }

    private void TryRetire(Bucket bucket, long now, bool leaving)
    {
        lock (bucket)
        {
            if (leaving) bucket.Users--;
            bool limitPending = bucket.Remaining <= 0 && bucket.ResetAt > now;
            if (bucket.Users == 0 && !bucket.Retired && !limitPending)
            {
                bucket.Retired = true;
                _buckets.TryRemove(new KeyValuePair<string, Bucket>(bucket.Key, bucket));
            }
        }
    }

    private void TrimInvalid()
    {
        while (_invalid.Count > 0 && _time.GetElapsedTime(_invalid.Peek()) >= TimeSpan.FromMinutes(10))
        {
            _invalid.Dequeue();
        }
    }

    // The limit goes to the learned bucket and to the one the request held (its route key): requests of this route
    // queued before the bucket name was known wait on the latter.
    private static void Apply(Bucket learned, Bucket held, int remaining, long? resetAt)
    {
        learned.Remaining = remaining;
        learned.ResetAt = resetAt;
        if (!ReferenceEquals(learned, held))
        {
            held.Remaining = remaining;
            held.ResetAt = resetAt;
        }
    }

    internal sealed class Bucket(string key, bool interaction)
    {
        public string Key { get; } = key;

        /// <summary>Keyed per interaction: freed when idle.</summary>
        public bool Interaction { get; } = interaction;

        /// <summary>Requests holding or waiting for <see cref="Gate"/> (guarded by locking the bucket).</summary>
        public int Users { get; set; }

        /// <summary>Removed from the map; a late arrival makes a fresh bucket.</summary>
        public bool Retired { get; set; }

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Remaining { get; set; } = 1;

        public long? ResetAt { get; set; }
    }
}

/// <summary>Proof that a request holds its bucket.</summary>
internal readonly record struct RateLimitTicket(RestRateLimiter.Bucket Bucket);
