using FeudBot.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Tests.Bot;

public sealed class InFlightTrackerTests
{
    [Fact]
    public async Task Waits_for_running_work_and_gives_up_after_the_timeout()
    {
        var time = new FakeTimeProvider();
        var tracker = new InFlightTracker(limit: 2);
        var release = new TaskCompletionSource();
        await tracker.StartAsync(() => release.Task, default);
        Assert.Equal(1, tracker.Running);

        var waiting = tracker.WaitIdleAsync(TimeSpan.FromSeconds(5), time);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(waiting.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(await waiting);

        release.SetResult();
        Assert.True(await tracker.WaitIdleAsync(TimeSpan.FromSeconds(5), time));
        Assert.Equal(0, tracker.Running);
    }

    [Fact]
    public async Task Never_runs_more_than_the_limit_at_once()
    {
        var tracker = new InFlightTracker(limit: 2);
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource()).ToArray();
        await tracker.StartAsync(() => gates[0].Task, default);
        await tracker.StartAsync(() => gates[1].Task, default);

        var third = tracker.StartAsync(() => gates[2].Task, default);
        await Task.Delay(50);
        Assert.False(third.IsCompleted);

        gates[0].SetResult();
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        gates[1].SetResult();
        gates[2].SetResult();
        Assert.True(await tracker.WaitIdleAsync(TimeSpan.FromSeconds(5), TimeProvider.System));
    }
}
