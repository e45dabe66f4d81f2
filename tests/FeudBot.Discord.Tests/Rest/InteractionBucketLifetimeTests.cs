using FeudBot.Discord.Builders;
using FeudBot.Discord.Models;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Rest;

/// <summary>
/// Interaction routes get a bucket per interaction id (or webhook token); the limiter must free each once
/// it is idle, or a bot that answers for days holds one per interaction ever answered.
/// </summary>
public sealed class InteractionBucketLifetimeTests
{
    [Fact]
    public async Task Callbacks_and_webhook_edits_leave_no_bucket_behind()
    {
        await using RestHarness h = await RestHarness.StartAsync();

        await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            await h.Client.CreateInteractionResponseAsync((ulong)i, $"token-{i}", InteractionResponse.Deferred());
            await h.Client.EditOriginalResponseAsync(5, $"token-{i}", MessageBuilder.Text("done"));
        })).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(400, h.Discord.Requests.Count);
        Assert.Equal(0, h.Limiter.TrackedBuckets);
    }

    [Fact]
    public async Task Bot_route_buckets_are_kept_for_their_limits()
    {
        await using RestHarness h = await RestHarness.StartAsync();

        await h.Client.CreateMessageAsync(1, MessageBuilder.Text("a")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, h.Limiter.TrackedBuckets);
    }

    [Fact]
    public async Task A_rate_limited_callback_keeps_its_bucket_until_the_retry_went_through()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.RateLimited(r => r.Path.StartsWith("interactions/7/", StringComparison.Ordinal), retryAfterSeconds: 2));

        Task callback = h.Client.CreateInteractionResponseAsync(7, "t", InteractionResponse.Deferred());
        await h.Discord.WaitForRequestAsync(r => r.Path.StartsWith("interactions/7/", StringComparison.Ordinal));
        await Eventually.QuietPeriodAsync();

        Assert.False(callback.IsCompleted);
        Assert.Equal(1, h.Limiter.TrackedBuckets); // holds the 2 s wait for the retry
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await callback.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, h.Discord.Requests.CountWhere(r => r.Path.StartsWith("interactions/7/", StringComparison.Ordinal)));
        Assert.Equal(0, h.Limiter.TrackedBuckets);
    }
}
