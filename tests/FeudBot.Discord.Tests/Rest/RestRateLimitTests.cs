using FeudBot.Discord.Builders;
using FeudBot.Discord.Models;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Rest;

/// <summary>429 per bucket and global, on a fake clock.</summary>
public sealed class RestRateLimitTests
{
    [Fact]
    public async Task Bucket_429_waits_retry_after_for_that_bucket_only()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.RateLimited(r => r.Path == "channels/1/messages", retryAfterSeconds: 2, bucket: "b1"));

        Task<Message> limited = h.Client.CreateMessageAsync(1, MessageBuilder.Text("a"));
        await h.Discord.WaitForRequestAsync(r => r.Path == "channels/1/messages");
        await Eventually.QuietPeriodAsync();
        Message other = await h.Client.CreateMessageAsync(2, MessageBuilder.Text("b")).WaitAsync(TimeSpan.FromSeconds(10)); // other channel: own bucket

        Assert.Equal(2UL, other.ChannelId);
        Assert.False(limited.IsCompleted);
        h.Time.Advance(TimeSpan.FromMilliseconds(1990));
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, h.Discord.Requests.CountWhere(r => r.Path == "channels/1/messages"));
        h.Time.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal(1UL, (await limited.WaitAsync(TimeSpan.FromSeconds(10))).ChannelId);
        Assert.Equal(2, h.Discord.Requests.CountWhere(r => r.Path == "channels/1/messages"));
    }

    [Fact]
    public async Task Global_429_holds_every_bot_request_but_not_interaction_callbacks()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.RateLimited(r => r.Path == "channels/1/messages", retryAfterSeconds: 3, global: true));

        Task<Message> first = h.Client.CreateMessageAsync(1, MessageBuilder.Text("a"));
        await h.Discord.WaitForRequestAsync(r => r.Path == "channels/1/messages");
        await Eventually.QuietPeriodAsync();
        Task<Message> otherRoute = h.Client.CreateMessageAsync(2, MessageBuilder.Text("b"));
        await h.Client.CreateInteractionResponseAsync(5, "t", InteractionResponse.Deferred()).WaitAsync(TimeSpan.FromSeconds(10));
        await h.Client.EditOriginalResponseAsync(5, "t", MessageBuilder.Text("c")).WaitAsync(TimeSpan.FromSeconds(10));
        await Eventually.QuietPeriodAsync();

        Assert.False(otherRoute.IsCompleted);
        Assert.Equal(0, h.Discord.Requests.CountWhere(r => r.Path == "channels/2/messages"));
        h.Time.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, otherRoute).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, h.Discord.Requests.CountWhere(r => r.Path == "channels/1/messages"));
    }

    [Fact]
    public async Task Unknown_route_runs_one_request_at_a_time_until_its_bucket_is_known()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(new FakeRestResponse
        {
            Match = r => r.Path == "channels/9/messages",
            Body = """{"id":"1","channel_id":"9"}""",
            Delay = TimeSpan.FromMilliseconds(300),
            Headers = new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "msgs", ["X-RateLimit-Remaining"] = "4", ["X-RateLimit-Reset-After"] = "5" },
        });

        Task<Message> first = h.Client.CreateMessageAsync(9, MessageBuilder.Text("a"));
        await h.Discord.WaitForRequestAsync(r => r.Path == "channels/9/messages");
        Task<Message> second = h.Client.CreateMessageAsync(9, MessageBuilder.Text("b"));
        await Task.Delay(100);

        Assert.False(first.IsCompleted);
        Assert.Equal(1, h.Discord.Requests.Count); // the second waits for the first response
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task Header_less_cloudflare_429_holds_every_bot_request()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(new FakeRestResponse
        {
            Match = r => r.Path == "gateway/bot",
            Status = 429,
            Body = "<html>error 1015</html>",
            Headers = new Dictionary<string, string> { ["Retry-After"] = "2" },
        });

        Task<GatewayBotInfo> first = h.Client.GetGatewayBotAsync();
        await h.Discord.WaitForRequestAsync(r => r.Path == "gateway/bot");
        await Eventually.QuietPeriodAsync();
        Task<Message> other = h.Client.CreateMessageAsync(3, MessageBuilder.Text("x"));
        await Eventually.QuietPeriodAsync();

        Assert.False(other.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, h.Discord.Requests.CountWhere(r => r.Path == "gateway/bot"));
    }

    [Fact]
    public async Task Learned_bucket_with_no_remaining_waits_for_reset_after()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(new FakeRestResponse
        {
            Match = r => r.Path == "channels/1/messages",
            Body = """{"id":"1","channel_id":"1"}""",
            Headers = new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.5", ["X-RateLimit-Limit"] = "5" },
        });

        await h.Client.CreateMessageAsync(1, MessageBuilder.Text("a")).WaitAsync(TimeSpan.FromSeconds(10));
        Task<Message> second = h.Client.CreateMessageAsync(1, MessageBuilder.Text("b"));
        await Eventually.QuietPeriodAsync();

        Assert.False(second.IsCompleted);
        h.Time.Advance(TimeSpan.FromSeconds(1.5));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, h.Discord.Requests.Count);
    }
}
