using FeudBot.FakeDiscord;
using FeudBot.Bot.Handlers;
using FeudBot.Hosting;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FeudBot.Benchmarks;

/// <summary>The real host (<see cref="BotHost"/>) connected to the fake, commands registered.</summary>
internal sealed class BotSubject(IHost host, bool answerCache, bool keepCache) : ILoadSubject
{
    public static async Task<ILoadSubject> StartAsync(FakeDiscordServer discord, string knowledge, bool memo, bool timeEngine, bool answerCache, bool keepCache, int concurrency, IReadOnlyDictionary<string, string?> settings)
    {
        var host = BotHost.Build(knowledge, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = "load-token",
                ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
                ["Bot:MaxConcurrency"] = concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
                // appsettings.json sets Information, which wins over SetMinimumLevel: without this the run
                // measures 2,000 console lines ("Answered in …") as much as the bot.
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (!answerCache) builder.Configuration["Bot:AnswerCacheSize"] = "0";
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (timeEngine) builder.Services.AddSingleton<Func<KnowledgeSnapshot, IAnswerer>>(snapshot => new TimedAnswerer(AnswererFactory.Create(snapshot)));
            if (memo) builder.Services.AddSingleton<Func<KnowledgeSnapshot, IAnswerer>>(snapshot => new MemoAnswerer(AnswererFactory.Create(snapshot)));
        });
        await host.StartAsync();
        await discord.WaitForRequestAsync(r => r.Method == "PUT", timeout: TimeSpan.FromSeconds(30));
        return new BotSubject(host, answerCache, keepCache);
    }

    public string Describe(bool memo) => (memo ? "the bot, answers memoized (engine excluded)" : "the bot") + (!answerCache ? ", answer cache off"
        : keepCache ? ", answer cache on and kept from the warm-up" : ", answer cache on, emptied before each timed run");

    /// <summary>
    /// Empties the answer cache unless <c>--keep-cache</c>: a timed burst then pays the engine once for each distinct
    /// question in it (its first asker), as a burst after news breaks would, instead of finding every answer made
    /// by the warm-up.
    /// </summary>
    public void BeforeRun()
    {
        if (!keepCache) host.Services.GetRequiredService<ReplyCache>().Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
