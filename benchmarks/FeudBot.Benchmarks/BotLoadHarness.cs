using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeudBot.Benchmarks;

/// <summary>
/// Load harness for the bot (issue 5, "Performance"), not a BenchmarkDotNet benchmark: the real host
/// against the fake Discord on loopback, a burst of /ask interactions, and the time from each
/// INTERACTION_CREATE being sent to its callback arriving at the fake.
/// Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- bot-load [count] [--memo] [--knowledge DIR]</c>;
/// <c>--memo</c> answers each distinct question once and replays it, to show the cost without the answer engine.
/// </summary>
public static class BotLoadHarness
{
    private static readonly (string Locale, string Question)[] Questions =
    [
        ("en-US", "When did Musk sue OpenAI?"),
        ("zh-TW", "馬斯克何時起訴OpenAI？"),
        ("zh-CN", "马斯克什么时候创立xAI？"),
        ("en-US", "How much did Musk offer for OpenAI?"),
        ("zh-TW", "奧特曼怎麼評價馬斯克？"),
        ("en-US", "What did xAI accuse OpenAI of in September 2025?"),
        ("zh-CN", "马斯克为什么离开OpenAI董事会？"),
        ("en-US", "Who is the CEO of Apple?"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2000;
        var memo = args.Contains("--memo");
        var k = Array.IndexOf(args, "--knowledge");
        var knowledge = k >= 0 && k + 1 < args.Length ? args[k + 1] : FindKnowledge();
        await using var discord = await FakeDiscordServer.StartAsync();
        var received = new ConcurrentDictionary<ulong, long>();
        // A tap: sees every request first, records when each callback arrived, lets the default route answer.
        discord.Enqueue(new FakeRestResponse { Match = r => Tap(r, received), Times = int.MaxValue });

        using var host = BotHost.Build(knowledge, builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Discord:Token"] = "load-token",
                ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (memo) builder.Services.AddSingleton<Func<KnowledgeSnapshot, IAnswerer>>(snapshot => new MemoAnswerer(AnswererFactory.Create(snapshot)));
        });
        await host.StartAsync();
        await discord.WaitForRequestAsync(r => r.Method == "PUT", timeout: TimeSpan.FromSeconds(30));

        await BurstAsync(discord, received, 1, 300);            // warm-up: JIT, pools, index caches
        var sent = await BurstAsync(discord, received, 1_000_000, count);
        var latencies = sent.Select(s => received.TryGetValue(s.Key, out var r) ? Stopwatch.GetElapsedTime(s.Value, r).TotalMilliseconds : double.NaN).ToArray();
        var answered = latencies.Count(l => !double.IsNaN(l));
        var withMessage = discord.Requests.CountWhere(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)
            && r.Body.Contains("\"type\":4", StringComparison.Ordinal) && r.Body.Contains("\"embeds\"", StringComparison.Ordinal));
        Array.Sort(latencies);

        await host.StopAsync();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            bot load: {count} /ask interactions in one burst through the fake Discord on 127.0.0.1{(memo ? " (answers memoized: engine excluded)" : "")}
            answered: {answered}/{count} (type 4 callbacks with an embed, warm-up included: {withMessage})
            latency INTERACTION_CREATE sent → callback received: p50 {Percentile(latencies, 0.50):F2} ms, p90 {Percentile(latencies, 0.90):F2} ms, p99 {Percentile(latencies, 0.99):F2} ms, max {latencies[^1]:F2} ms
            memory after the run: working set {process.WorkingSet64 / 1048576.0:F1} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB, GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}
            """));
        return answered == count ? 0 : 1;
    }

    private static async Task<Dictionary<ulong, long>> BurstAsync(FakeDiscordServer discord, ConcurrentDictionary<ulong, long> received, ulong firstId, int count)
    {
        var sent = new Dictionary<ulong, long>(count);
        for (var i = 0; i < count; i++)
        {
            var id = firstId + (ulong)i;
            var (locale, question) = Questions[i % Questions.Length];
            var payload = FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = question },
                userId: 10_000 + id, locale: locale);
            sent[id] = Stopwatch.GetTimestamp();
            await discord.DispatchAsync("INTERACTION_CREATE", payload);
        }

        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (sent.Keys.Any(id => !received.ContainsKey(id)) && Stopwatch.GetTimestamp() < deadline) await Task.Delay(10);
        return sent;
    }

    private static bool Tap(RecordedRequest request, ConcurrentDictionary<ulong, long> received)
    {
        var now = Stopwatch.GetTimestamp();
        if (request.Path.StartsWith("interactions/", StringComparison.Ordinal))
        {
            var id = request.Path.AsSpan("interactions/".Length);
            id = id[..id.IndexOf('/')];
            received.TryAdd(ulong.Parse(id, CultureInfo.InvariantCulture), now);
        }

        return false;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return Path.Combine(dir.FullName, "knowledge");
        }

        return Path.Combine(AppContext.BaseDirectory, "knowledge");
    }
}
