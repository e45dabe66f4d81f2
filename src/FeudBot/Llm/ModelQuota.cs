namespace FeudBot.Llm;

/// <summary>
/// A per-user sliding-hour limit on model calls (<c>Llm:MaxRequestsPerUserPerHour</c>), on an injected
/// clock. A user past the limit gets the extractive answer, which costs nothing. Thread-safe.
/// </summary>
public sealed class ModelQuota
{
    private static readonly TimeSpan s_window = TimeSpan.FromHours(1);
    private readonly int _maxPerHour;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _lastSweep;

    public ModelQuota(int maxPerHour, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxPerHour, 1);
        _maxPerHour = maxPerHour;
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _lastSweep = time.GetUtcNow();
    }

    /// <summary>Takes one call from <paramref name="userId"/>'s budget; false when it is used up. A null user (the CLI) is never limited.</summary>
    public bool TryAcquire(string? userId)
    {
        if (userId is null)
            return true;
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            SweepIdleUsers(now);
            if (!_calls.TryGetValue(userId, out var calls))
                _calls[userId] = calls = new Queue<DateTimeOffset>();
            while (calls.Count > 0 && now - calls.Peek() >= s_window)
                calls.Dequeue();
            if (calls.Count >= _maxPerHour)
                return false;
            calls.Enqueue(now);
            return true;
        }
    }

    // Forget users with no call in the last hour, at most once an hour, so the table stays small.
    private void SweepIdleUsers(DateTimeOffset now)
    {
        if (now - _lastSweep < s_window)
            return;
        _lastSweep = now;
        foreach (var (user, calls) in _calls.ToArray())
            if (calls.Count == 0 || now - calls.Last() >= s_window)
                _calls.Remove(user);
    }
}
