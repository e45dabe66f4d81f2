using System.Text.Json;
using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using FeudBot.Tests.Bot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FeudBot.Tests.EndToEnd;

/// <summary>
/// The real bot host (<see cref="BotHost.Build"/>, the repository's knowledge, the real answer engine),
/// started in-process against a <see cref="FakeDiscordServer"/> on 127.0.0.1. Disposing stops both.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private BotUnderTest(FakeDiscordServer discord, IHost host, FakeLoggerProvider logs)
    {
        Discord = discord;
        Host = host;
        Logs = logs;
    }

    public FakeDiscordServer Discord { get; }

    public IHost Host { get; private set; }

    public FakeLoggerProvider Logs { get; }

    public static async Task<BotUnderTest> StartAsync(
        Dictionary<string, string?>? settings = null,
        Func<KnowledgeSnapshot, IAnswerer>? answerers = null,
        FakeDiscordServer? discord = null)
    {
        discord ??= await FakeDiscordServer.StartAsync();
        var logs = new FakeLoggerProvider();
        var host = BuildHost(discord, logs, settings, answerers);
        await host.StartAsync().WaitAsync(Timeout);
        var bot = new BotUnderTest(discord, host, logs);
        await bot.Discord.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal), timeout: Timeout);
        return bot;
    }

    /// <summary>Stops this host and starts a new one against the same fake Discord (a restart).</summary>
    public async Task RestartAsync()
    {
        await Host.StopAsync().WaitAsync(Timeout);
        Host.Dispose();
        var puts = Discord.Requests.CountWhere(r => r.Method == "PUT");
        Host = BuildHost(Discord, Logs, null, null);
        await Host.StartAsync().WaitAsync(Timeout);
        await Discord.WaitForRequestAsync(r => r.Method == "PUT", count: puts + 1, timeout: Timeout);
    }

    /// <summary>Sends an INTERACTION_CREATE and returns the first request the bot makes for that interaction.</summary>
    public async Task<RecordedRequest> InteractAsync(ulong id, string payload)
    {
        await Discord.DispatchAsync("INTERACTION_CREATE", payload);
        return await Discord.WaitForRequestAsync(r => r.Path.StartsWith($"interactions/{id}/", StringComparison.Ordinal), timeout: Timeout);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Host.StopAsync().WaitAsync(Timeout);
        }
        finally
        {
            Host.Dispose();
            await Discord.DisposeAsync();
        }
    }

    private static IHost BuildHost(FakeDiscordServer discord, FakeLoggerProvider logs, Dictionary<string, string?>? settings, Func<KnowledgeSnapshot, IAnswerer>? answerers) =>
        BotHost.Build(RepoKnowledge.Folder, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = "test-token",
                ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
                ["Bot:Cooldown:MaxQuestions"] = "0",
            });
            if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
            if (answerers is not null)
            {
                // A test's own answerer counts (and may hold) every call: the start-up warm-up would add six.
                builder.Configuration["Bot:WarmUp"] = "false";
                builder.Services.AddSingleton(answerers);
            }
        });

    public static JsonElement Data(RecordedRequest request) => request.JsonBody.GetProperty("data");
}
