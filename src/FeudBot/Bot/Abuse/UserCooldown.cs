using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace FeudBot.Bot.Abuse;

/// <summary>
/// A sliding-window limit per user: each user keeps the times of their last
/// <see cref="CooldownOptions.MaxQuestions"/> accepted questions. Memory is bounded by
/// <see cref="CooldownOptions.MaxTrackedUsers"/> × MaxQuestions timestamps. Time comes from
/// <see cref="TimeProvider"/> timestamps (monotonic), so tests advance a FakeTimeProvider.
/// </summary>
public sealed class UserCooldown(IOptions<CooldownOptions> options, TimeProvider time)
{
    private readonly CooldownOptions _options = options.Value;
    private readonly ConcurrentDictionary<ulong, UserWindow> _users = new();

    // ConcurrentDictionary.Count takes every lock; a hot path keeps its own count instead.
    private int _count;
    private int _trimming;

    /// <summary>How many users are remembered now (for tests and metrics).</summary>
    public int TrackedUsers => Volatile.Read(ref _count);

    /// <summary>Records a question by <paramref name="userId"/> if allowed; a refused one is not counted.</summary>
    public CooldownDecision TryAcquire(ulong userId)
    {
        if (_options.MaxQuestions == 0) return CooldownDecision.Allow;
        var now = time.GetTimestamp();
        if (!_users.TryGetValue(userId, out var window))
        {
            var fresh = new UserWindow(_options.MaxQuestions);
            window = _users.GetOrAdd(userId, fresh);
            if (ReferenceEquals(window, fresh) && Interlocked.Increment(ref _count) > _options.MaxTrackedUsers) Trim(now);
        }

        return window.TryAdd(now, _options.Window, time);
    }

    /// <summary>
    /// Forgets users idle for a whole window (they are no longer limited anyway), then, if still over the
    /// cap, the longest-idle ones: under a flood of distinct users, forgetting beats running out of memory.
    /// </summary>
    private void Trim(long now)
    {
        // One trim at a time; users arriving meanwhile are simply counted and trimmed next time.
        if (Interlocked.Exchange(ref _trimming, 1) == 1) return;
        try
        {
            TrimCore(now);
        }
        finally
        {
            Volatile.Write(ref _trimming, 0);
        }
    }

    private void TrimCore(long now)
    {
        // Enumerating a ConcurrentDictionary is safe while other threads add users; copying it (OrderBy, ToArray)
        // is not: its CopyTo throws when the dictionary grows meanwhile, which failed asks under a flood.
        var kept = new List<(long LastUse, ulong Id)>(Volatile.Read(ref _count));
        foreach (var (id, w) in _users)
        {
            if (time.GetElapsedTime(w.LastUse, now) >= _options.Window) Forget(id);
            else kept.Add((w.LastUse, id));
        }

        var excess = Math.Min(Volatile.Read(ref _count) - _options.MaxTrackedUsers * 9 / 10, kept.Count);
        if (excess <= 0) return;
        kept.Sort(); // longest idle first
        for (var i = 0; i < excess; i++) Forget(kept[i].Id);
    }

    private void Forget(ulong id)
    {
        if (_users.TryRemove(id, out _)) Interlocked.Decrement(ref _count);
    }

    /// <summary>A ring of the last N accepted timestamps of one user.</summary>
    private sealed class UserWindow(int capacity)
    {
        private readonly long[] _stamps = new long[capacity];
        private int _count;
        private int _oldest;

        public long LastUse { get; private set; }

        public CooldownDecision TryAdd(long now, TimeSpan window, TimeProvider time)
        {
            lock (_stamps)
            {
                if (_count == _stamps.Length)
                {
                    var age = time.GetElapsedTime(_stamps[_oldest], now);
                    if (age < window) return new CooldownDecision(false, window - age);
                    _oldest = (_oldest + 1) % _stamps.Length;
                    _count--;
                }

                _stamps[(_oldest + _count) % _stamps.Length] = now;
                _count++;
                LastUse = now;
                return CooldownDecision.Allow;
            }
        }
    }
}
