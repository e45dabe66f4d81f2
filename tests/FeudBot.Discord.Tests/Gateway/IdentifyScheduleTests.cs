using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>
/// The identify policy across processes (issue 7, scale-out): buckets <c>shard_id % max_concurrency</c>, one IDENTIFY per
/// bucket per 5 s, buckets started in order, so processes that share nothing still stay inside Discord's limit.
/// </summary>
public sealed class IdentifyScheduleTests
{
    [Theory]
    [InlineData(0, 1, 0, 0, 0)]
    [InlineData(3, 1, 0, 3, 15)]
    [InlineData(5, 2, 1, 2, 10)]
    [InlineData(15, 16, 15, 0, 0)]
    [InlineData(16, 16, 0, 1, 5)]
    [InlineData(2, 0, 0, 2, 10)] // max_concurrency 0 (absent) counts as 1
    public void Bucket_slot_and_first_delay_follow_the_shard_id(int shard, int maxConcurrency, int bucket, int slot, int delaySeconds)
    {
        Assert.Equal(bucket, IdentifySchedule.Bucket(shard, maxConcurrency));
        Assert.Equal(slot, IdentifySchedule.Slot(shard, maxConcurrency));
        Assert.Equal(TimeSpan.FromSeconds(delaySeconds), IdentifySchedule.FirstIdentifyDelay(shard, maxConcurrency));
    }

    [Fact]
    public async Task A_shard_first_identifies_at_its_slot_after_start()
    {
        var time = new FakeTimeProvider();
        var limiter = new LocalIdentifyLimiter(time);

        Task shard3 = limiter.WaitAsync(3, 1, CancellationToken.None).AsTask();

        await AssertOpensAtAsync(time, shard3, TimeSpan.FromSeconds(15), "shard 3 of max_concurrency 1");
    }

    [Fact]
    public async Task A_later_shard_waiting_for_its_slot_does_not_hold_up_an_earlier_one()
    {
        var time = new FakeTimeProvider();
        var limiter = new LocalIdentifyLimiter(time);

        Task shard1 = limiter.WaitAsync(1, 1, CancellationToken.None).AsTask(); // asks first, slot at 5 s
        Task shard0 = limiter.WaitAsync(0, 1, CancellationToken.None).AsTask();

        await shard0.WaitAsync(TimeSpan.FromSeconds(5)); // same bucket, slot 0: at once
        await AssertOpensAtAsync(time, shard1, TimeSpan.FromSeconds(5), "shard 1");
    }

    [Fact]
    public async Task Two_processes_sharing_nothing_never_identify_twice_in_one_bucket_window()
    {
        // Process A runs shards 0-1, process B shards 2-3; both start now; max_concurrency 1: one bucket.
        var time = new FakeTimeProvider();
        var processA = new LocalIdentifyLimiter(time);
        var processB = new LocalIdentifyLimiter(time);

        Task[] identifies =
        [
            processA.WaitAsync(0, 1, CancellationToken.None).AsTask(),
            processA.WaitAsync(1, 1, CancellationToken.None).AsTask(),
            processB.WaitAsync(2, 1, CancellationToken.None).AsTask(),
            processB.WaitAsync(3, 1, CancellationToken.None).AsTask(),
        ];

        for (int shard = 0; shard < 4; shard++)
        {
            await AssertOpensAtAsync(time, identifies[shard], TimeSpan.FromSeconds(5 * shard), $"shard {shard}");
            Assert.All(identifies[(shard + 1)..], later => Assert.False(later.IsCompleted, "a later shard identified in the same window"));
        }
    }

    [Fact]
    public async Task With_max_concurrency_two_buckets_start_together_and_slots_follow()
    {
        var time = new FakeTimeProvider();
        var processA = new LocalIdentifyLimiter(time);
        var processB = new LocalIdentifyLimiter(time);

        Task shard0 = processA.WaitAsync(0, 2, CancellationToken.None).AsTask();
        Task shard1 = processA.WaitAsync(1, 2, CancellationToken.None).AsTask();
        Task shard2 = processB.WaitAsync(2, 2, CancellationToken.None).AsTask();
        Task shard3 = processB.WaitAsync(3, 2, CancellationToken.None).AsTask();

        await Task.WhenAll(shard0, shard1).WaitAsync(TimeSpan.FromSeconds(5)); // buckets 0 and 1, slot 0
        await AssertOpensAtAsync(time, Task.WhenAll(shard2, shard3), TimeSpan.FromSeconds(5), "shards 2 and 3 (slot 1)");
    }

    [Fact]
    public async Task A_later_identify_of_the_same_shard_waits_only_for_the_bucket_window()
    {
        var time = new FakeTimeProvider();
        var limiter = new LocalIdentifyLimiter(time);
        await AssertOpensAtAsync(time, limiter.WaitAsync(1, 1, CancellationToken.None).AsTask(), TimeSpan.FromSeconds(5), "shard 1 first identify");

        time.Advance(TimeSpan.FromSeconds(60)); // session invalidated much later: no slot delay again
        await limiter.WaitAsync(1, 1, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
        Task again = limiter.WaitAsync(1, 1, CancellationToken.None).AsTask(); // but the bucket keeps 5 s

        await AssertOpensAtAsync(time, again, TimeSpan.FromSeconds(65 + 5), "second re-identify");
    }

    /// <summary>Advances the clock to just before <paramref name="at"/> (from the clock's start): still closed; then to it: open.</summary>
    private static async Task AssertOpensAtAsync(FakeTimeProvider time, Task identify, TimeSpan at, string what)
    {
        TimeSpan now = time.GetUtcNow() - time.Start;
        TimeSpan before = at - TimeSpan.FromMilliseconds(100) - now;
        if (before > TimeSpan.Zero)
        {
            time.Advance(before);
            await Eventually.QuietPeriodAsync();
            Assert.False(identify.IsCompleted, $"{what} identified before {at}");
        }

        TimeSpan rest = at - (time.GetUtcNow() - time.Start);
        if (rest > TimeSpan.Zero)
        {
            time.Advance(rest);
        }

        await identify.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
