using FeudBot.Bot.Abuse;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Tests.Bot;

public sealed class UserCooldownTests
{
    private readonly FakeTimeProvider _time = new();

    private UserCooldown Create(int max = 5, int seconds = 30, int tracked = 100) =>
        new(Options.Create(new CooldownOptions { MaxQuestions = max, Window = TimeSpan.FromSeconds(seconds), MaxTrackedUsers = tracked }), _time);

    [Fact]
    public void Allows_five_then_refuses_the_sixth_with_the_time_left()
    {
        var cooldown = Create();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(cooldown.TryAcquire(1).Allowed);
            _time.Advance(TimeSpan.FromSeconds(2));
        }

        var refused = cooldown.TryAcquire(1);

        Assert.False(refused.Allowed);
        // The first question was 10 s ago: 20 s until it leaves the window.
        Assert.Equal(TimeSpan.FromSeconds(20), refused.RetryAfter);
        Assert.Equal(20, refused.RetryAfterSeconds);
    }

    [Fact]
    public void The_window_slides_one_question_at_a_time()
    {
        var cooldown = Create(max: 2, seconds: 10);
        Assert.True(cooldown.TryAcquire(1).Allowed);
        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.True(cooldown.TryAcquire(1).Allowed);
        Assert.False(cooldown.TryAcquire(1).Allowed);

        _time.Advance(TimeSpan.FromSeconds(4)); // the first is now 10 s old
        Assert.True(cooldown.TryAcquire(1).Allowed);
        Assert.False(cooldown.TryAcquire(1).Allowed); // the second is only 4 s old
    }

    [Fact]
    public void Refused_questions_do_not_extend_the_wait()
    {
        var cooldown = Create(max: 1, seconds: 10);
        Assert.True(cooldown.TryAcquire(1).Allowed);
        for (var i = 0; i < 9; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.False(cooldown.TryAcquire(1).Allowed);
        }

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(cooldown.TryAcquire(1).Allowed);
    }

    [Fact]
    public void Users_are_limited_separately()
    {
        var cooldown = Create(max: 1);
        Assert.True(cooldown.TryAcquire(1).Allowed);
        Assert.True(cooldown.TryAcquire(2).Allowed);
        Assert.False(cooldown.TryAcquire(1).Allowed);
    }

    [Fact]
    public void Zero_turns_the_cooldown_off()
    {
        var cooldown = Create(max: 0);
        Assert.All(Enumerable.Range(0, 100), _ => Assert.True(cooldown.TryAcquire(1).Allowed));
        Assert.Equal(0, cooldown.TrackedUsers);
    }

    [Fact]
    public void Memory_stays_bounded_under_a_flood_of_distinct_users()
    {
        var cooldown = Create(tracked: 100);
        for (ulong user = 0; user < 10_000; user++) cooldown.TryAcquire(user);
        Assert.InRange(cooldown.TrackedUsers, 1, 100);
    }

    [Fact]
    public void A_flood_of_distinct_users_from_many_threads_never_throws_and_stays_bounded()
    {
        // The load harness found it: trimming copied the dictionary while other threads added users, and
        // ConcurrentDictionary's CopyTo throws when it grows meanwhile, so asks failed under a flood.
        var cooldown = Create(tracked: 200);
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var i = 0; i < 50_000; i++) Assert.True(cooldown.TryAcquire((ulong)(thread * 1_000_000 + i)).Allowed);
        });

        // Trims run one at a time while others keep adding, so the count may overshoot by what arrived meanwhile.
        Assert.InRange(cooldown.TrackedUsers, 1, 200 + 8 * 1_000);
    }

    [Fact]
    public void Idle_users_are_forgotten_first()
    {
        var cooldown = Create(max: 1, tracked: 100);
        Assert.True(cooldown.TryAcquire(424242).Allowed);
        _time.Advance(TimeSpan.FromSeconds(1));
        for (ulong user = 0; user < 150; user++) cooldown.TryAcquire(user);

        // 424242 was the longest idle, so it was dropped; a recent user is still limited.
        Assert.True(cooldown.TryAcquire(424242).Allowed);
        Assert.False(cooldown.TryAcquire(149).Allowed);
    }
}
