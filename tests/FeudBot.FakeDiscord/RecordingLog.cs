namespace FeudBot.FakeDiscord;

/// <summary>
/// A thread-safe, append-only record with awaitable queries: "wait until the Nth item matching this
/// predicate has been recorded (including items already there), or fail after a timeout".
/// </summary>
/// <typeparam name="T">Recorded item.</typeparam>
public sealed class RecordingLog<T>
{
    private readonly List<T> _items = [];
    private readonly List<Waiter> _waiters = [];
    private readonly Lock _lock = new();

    /// <summary>Number of recorded items.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    /// <summary>A copy of everything recorded so far.</summary>
    public IReadOnlyList<T> Snapshot()
    {
        lock (_lock)
        {
            return _items.ToArray();
        }
    }

    /// <summary>Counts recorded items matching <paramref name="predicate"/>.</summary>
    public int CountWhere(Func<T, bool> predicate)
    {
        lock (_lock)
        {
            return _items.Count(predicate);
        }
    }

    /// <summary>
    /// Returns the <paramref name="count"/>-th item matching <paramref name="predicate"/> once it is recorded.
    /// Throws <see cref="TimeoutException"/> (listing what was recorded) after <paramref name="timeout"/> (default 10 s).
    /// </summary>
    public async Task<T> WaitForAsync(Func<T, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        Waiter waiter;
        lock (_lock)
        {
            int seen = 0;
            foreach (T item in _items)
            {
                if (predicate(item) && ++seen == count)
                {
                    return item;
                }
            }

            waiter = new Waiter(predicate, count - seen);
            _waiters.Add(waiter);
        }

        TimeSpan limit = timeout ?? TimeSpan.FromSeconds(10);
        try
        {
            return await waiter.Completion.Task.WaitAsync(limit).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }

            IEnumerable<string> recent = Snapshot().TakeLast(10).Select(i => i?.ToString() ?? "null");
            throw new TimeoutException($"No matching {typeof(T).Name} (#{count}) within {limit}. Last recorded:\n  " + string.Join("\n  ", recent));
        }
    }

    internal void Add(T item)
    {
        lock (_lock)
        {
            _items.Add(item);
            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                Waiter waiter = _waiters[i];
                if (waiter.Predicate(item) && --waiter.Remaining == 0)
                {
                    _waiters.RemoveAt(i);
                    waiter.Completion.TrySetResult(item);
                }
            }
        }
    }

    private sealed class Waiter(Func<T, bool> predicate, int remaining)
    {
        public Func<T, bool> Predicate { get; } = predicate;

        public int Remaining { get; set; } = remaining;

        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
