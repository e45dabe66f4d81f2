namespace FeudBot.Hosting;

/// <summary>
/// Runs handler tasks at most <c>limit</c> at a time and lets a stopping host wait for those still
/// running. Waiting for a slot applies back-pressure to the dispatch channel, never to heartbeats (the
/// gateway heartbeats on its own task).
/// </summary>
public sealed class InFlightTracker(int limit)
{
    private readonly SemaphoreSlim _slots = new(limit, limit);
    private int _running;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    public int Running => Volatile.Read(ref _running);

    /// <summary>Waits for a slot, then starts <paramref name="work"/> without awaiting it.</summary>
    public async Task StartAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_slots)
        {
            if (_running++ == 0) _idle = NewIdle(completed: false);
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await work().ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
                lock (_slots)
                {
                    if (--_running == 0) _idle.TrySetResult();
                }
            }
        }, CancellationToken.None);
    }

    /// <summary>True when every started task finished within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitIdleAsync(TimeSpan timeout, TimeProvider time)
    {
        Task idle;
        lock (_slots) idle = _idle.Task;
        try
        {
            await idle.WaitAsync(timeout, time).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed) tcs.SetResult();
        return tcs;
    }
}
