using System.Net;
using FeudBot.Discord.Builders;
using FeudBot.Discord.Models;
using FeudBot.Discord.Rest;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Rest;

/// <summary>401, JSON error codes, 50035 trees, 5xx retries.</summary>
public sealed class RestErrorTests
{
    [Fact]
    public async Task Unauthorized_bot_route_is_fatal_with_a_clear_message_and_no_token()
    {
        await using RestHarness h = await RestHarness.StartAsync(token: "wrong-token-value", fake: f => f.ExpectedToken = "right");

        var ex = await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => h.Client.GetGatewayBotAsync());

        Assert.Contains("Discord rejected the bot token", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Discord__Token", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token-value", ex.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, h.Discord.Requests.Count); // never retried
    }

    [Fact]
    public async Task Unauthorized_50027_on_a_webhook_route_is_not_a_bad_bot_token()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.Error(r => r.Path.StartsWith("webhooks/", StringComparison.Ordinal), 401, 50027, "Invalid Webhook Token"));

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.EditOriginalResponseAsync(1, "expired", MessageBuilder.Text("x")));

        Assert.IsNotType<DiscordUnauthorizedException>(ex);
        Assert.Equal(DiscordRestException.InvalidWebhookToken, ex.Code);
        Assert.Equal(HttpStatusCode.Unauthorized, ex.Status);
        Assert.DoesNotContain("expired", ex.Message, StringComparison.Ordinal); // route template, not the token
    }

    [Theory]
    [InlineData(404, 10062, "Unknown interaction")]
    [InlineData(400, 40060, "Interaction has already been acknowledged.")]
    public async Task Interaction_errors_surface_their_code_and_are_never_retried(int status, int code, string message)
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.Error(_ => true, status, code, message));

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.CreateInteractionResponseAsync(1, "t", InteractionResponse.DeferredUpdate()));

        Assert.Equal(code, ex.Code);
        Assert.Equal(message, ex.DiscordMessage);
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, h.Discord.Requests.Count);
    }

    [Fact]
    public async Task Invalid_form_body_errors_are_flattened_to_readable_paths()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        const string errors = """{"options":{"0":{"name":{"_errors":[{"code":"BASE_TYPE_REQUIRED","message":"This field is required"}]}}},"_errors":[{"code":"APPLICATION_COMMAND_TOO_LARGE","message":"Command exceeds maximum size (8000)"}]}""";
        h.Discord.Enqueue(FakeRestResponse.Error(_ => true, 400, 50035, "Invalid Form Body", errors));

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.BulkOverwriteGlobalCommandsAsync(1, [new ApplicationCommand { Name = "x", Description = "y" }]));

        Assert.Equal(50035, ex.Code);
        Assert.Contains("options[0].name: BASE_TYPE_REQUIRED This field is required", ex.Errors);
        Assert.Contains("(body): APPLICATION_COMMAND_TOO_LARGE Command exceeds maximum size (8000)", ex.Errors);
        Assert.Contains("options[0].name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_requests_are_counted_over_ten_minutes()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var limiter = new RestRateLimiter(time);
        var route = new RestRoute(HttpMethod.Get, "x", "GET /x", "", false, true);
        foreach ((int status, string? scope) in new[] { (401, (string?)null), (403, null), (429, "user"), (429, "shared"), (404, null), (200, null) })
        {
            using var response = new HttpResponseMessage((HttpStatusCode)status);
            if (scope is not null)
            {
                response.Headers.Add("X-RateLimit-Scope", scope);
                response.Headers.Add("X-RateLimit-Bucket", "b");
            }

            RateLimitTicket ticket = await limiter.AcquireAsync(route with { Template = $"GET /x{status}{scope}" }, CancellationToken.None);
            limiter.Complete(route, ticket, response, TimeSpan.Zero);
        }

        Assert.Equal(3, limiter.InvalidRequestsLast10Minutes);
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, limiter.InvalidRequestsLast10Minutes);
    }

    [Fact]
    public async Task Idempotent_calls_retry_5xx_with_backoff()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.ServerError(r => r.Method == "PUT", 502, times: 2));

        Task<IReadOnlyList<ApplicationCommand>> call = h.Client.BulkOverwriteGlobalCommandsAsync(1, [new ApplicationCommand { Name = "x", Description = "y" }]);
        TimeSpan waited = await Eventually.AdvanceUntilAsync(h.Time, () => call.IsCompleted, "PUT after two 502s", TimeSpan.FromMilliseconds(50));

        Assert.Single(await call);
        Assert.Equal(3, h.Discord.Requests.Count);
        Assert.True(waited >= TimeSpan.FromMilliseconds(1500), $"backoff 0.5 s + 1 s, waited {waited}");
    }

    [Fact]
    public async Task Non_idempotent_calls_do_not_retry_5xx()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        h.Discord.Enqueue(FakeRestResponse.ServerError(_ => true, 500, times: 5));

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => h.Client.CreateMessageAsync(1, MessageBuilder.Text("x")));

        Assert.Equal(HttpStatusCode.InternalServerError, ex.Status);
        Assert.Equal(1, h.Discord.Requests.Count);
    }
}
