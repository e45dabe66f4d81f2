using System.Diagnostics.Metrics;
using FeudBot.Bot;
using FeudBot.Cli;
using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace FeudBot.Tests.EndToEnd;

/// <summary>The slow path, Discord's refusals, graceful stop and start-up failures, end to end.</summary>
public sealed class ResilienceEndToEndTests
{
    [Fact]
    public async Task A_slow_answer_is_deferred_then_the_original_is_edited()
    {
        await using var bot = await BotUnderTest.StartAsync(new() { ["Bot:DeferAfter"] = "00:00:00" });

        var defer = await bot.InteractAsync(61, FakePayloads.SlashCommand(61, "ask", new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" }));
        Assert.Equal(5, defer.JsonBody.GetProperty("type").GetInt32());

        var edit = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"webhooks/{bot.Discord.Options.ApplicationId}/token-61/messages/@original", timeout: BotUnderTest.Timeout);
        WireAssert.MentionsNobody(edit.JsonBody);
        WireAssert.WithinLimits(edit.JsonBody);
        Assert.Contains("2024", edit.JsonBody.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, bot.Discord.Requests.CountWhere(r => r.Path.StartsWith("interactions/61/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unknown_interaction_10062_is_logged_and_not_retried()
    {
        await using var bot = await BotUnderTest.StartAsync();
        bot.Discord.Enqueue(FakeRestResponse.Error(r => r.Path.StartsWith("interactions/62/", StringComparison.Ordinal), 404, 10062, "Unknown interaction"));

        await bot.InteractAsync(62, FakePayloads.SlashCommand(62, "about"));
        // A later interaction is answered normally: by then 62 has had every chance to be retried.
        await bot.InteractAsync(63, FakePayloads.SlashCommand(63, "about"));
        await Eventually(() => bot.Logs.Collector.GetSnapshot().Any(r => r.Message.Contains("Interaction 62 about", StringComparison.Ordinal) && r.Message.Contains("Expired", StringComparison.Ordinal)));

        Assert.Equal(1, bot.Discord.Requests.CountWhere(r => r.Path.StartsWith("interactions/62/", StringComparison.Ordinal)));
        Assert.Contains(bot.Logs.Collector.GetSnapshot(), r => r.Message.Contains("not retried", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gateway_reconnects_and_interactions_are_counted()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var meters = bot.Host.Services.GetRequiredService<IMeterFactory>();
        using var reconnects = new MetricCollector<long>(meters, BotMetrics.MeterName, "feudbot.gateway.reconnects");
        using var interactions = new MetricCollector<long>(meters, BotMetrics.MeterName, "feudbot.interactions");
        using var declines = new MetricCollector<long>(meters, BotMetrics.MeterName, "feudbot.declines");

        await bot.Discord.CurrentConnection!.SendReconnectAsync();
        await bot.Discord.WaitForOpAsync(6, timeout: BotUnderTest.Timeout);
        await bot.InteractAsync(65, FakePayloads.SlashCommand(65, "ask", new Dictionary<string, string> { ["question"] = "What is Tesla's revenue?" }));

        await Eventually(() => reconnects.GetMeasurementSnapshot().Count == 1 && declines.GetMeasurementSnapshot().Count == 1);
        var counted = Assert.Single(interactions.GetMeasurementSnapshot());
        Assert.Equal(("ask", "declined"), ((string?)counted.Tags["command"], (string?)counted.Tags["outcome"]));
    }

    [Fact]
    public async Task Stopping_finishes_the_interaction_in_flight_before_closing_the_gateway()
    {
        var gate = new ManualResetEventSlim(false);
        FakeAnswerer? answerer = null;
        await using var bot = await BotUnderTest.StartAsync(
            new() { ["Bot:DeferAfter"] = "00:00:00.200" },
            snapshot => answerer = new FakeAnswerer(snapshot.Primary) { Gate = gate });

        await bot.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(64, "ask", new Dictionary<string, string> { ["question"] = "slow one" }));
        Assert.True(await answerer!.WaitEnteredAsync());
        await bot.Discord.WaitForRequestAsync(r => r.Path.StartsWith("interactions/64/", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);

        var stopping = bot.Host.StopAsync();
        await Task.Delay(100);
        Assert.False(stopping.IsCompleted);
        gate.Set();
        await stopping.WaitAsync(BotUnderTest.Timeout);

        Assert.Equal(1, bot.Discord.Requests.CountWhere(r => r.Method == "PATCH" && r.Path.Contains("token-64", StringComparison.Ordinal)));
        var connection = bot.Discord.CurrentConnection!;
        await connection.Closed.WaitAsync(BotUnderTest.Timeout);
        Assert.Equal(1000, connection.ClientCloseStatus);
    }

    [Fact]
    public async Task Run_without_a_token_exits_at_once_with_one_sentence_naming_Discord__Token()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Environment.GetEnvironmentVariable("Discord__Token");
        Environment.SetEnvironmentVariable("Discord__Token", null);
        try
        {
            var code = await CliApp.RunAsync(["--knowledge", RepoKnowledge.Folder, "run"], output, error).WaitAsync(BotUnderTest.Timeout);

            Assert.NotEqual(0, code);
            var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.Contains("Discord__Token", line, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Discord__Token", previous);
        }
    }

    [Theory]
    [InlineData("Bot:DeferAfter", "soon")]
    [InlineData("Discord:GuildId", "my-guild")]
    [InlineData("Health:Port", "eighty")]
    public async Task A_value_of_the_wrong_type_is_one_line_naming_the_key(string key, string value)
    {
        using var host = BotHost.Build(RepoKnowledge.Folder, b =>
        {
            b.Configuration["Discord:Token"] = "test-token";
            b.Configuration["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10";
            b.Configuration[key] = value;
        });
        var error = new StringWriter();

        var code = await BotHost.RunAsync(host, error).WaitAsync(BotUnderTest.Timeout);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(key, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_token_stops_the_bot_with_one_clear_message()
    {
        await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { ExpectedToken = "the-right-token" });
        using var host = BotHost.Build(RepoKnowledge.Folder, b =>
        {
            b.Configuration["Discord:Token"] = "a-wrong-token";
            b.Configuration["Discord:ApiBaseUrl"] = discord.ApiBaseUrl;
        });
        var error = new StringWriter();

        var code = await BotHost.RunAsync(host, error).WaitAsync(BotUnderTest.Timeout);

        Assert.Equal(1, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("a-wrong-token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_knowledge_folder_stops_the_start_naming_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("feudbot-broken-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "bad.md"), "---\ntitle: [unclosed\n---\ntext\n");
            using var host = BotHost.Build(folder.FullName, b => b.Configuration["Discord:Token"] = "test-token");
            var error = new StringWriter();

            var code = await BotHost.RunAsync(host, error).WaitAsync(BotUnderTest.Timeout);

            Assert.Equal(1, code);
            Assert.Matches(@"bad\.md:\d+: ", error.ToString());
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
