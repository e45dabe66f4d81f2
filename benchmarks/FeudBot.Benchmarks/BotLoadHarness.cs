using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FeudBot.Benchmarks;

/// <summary>
/// Load harness for the bot (issue 5, "Performance"), not a BenchmarkDotNet benchmark: the real host
/// against the fake Discord on loopback, and the time from each INTERACTION_CREATE being sent to its
/// callback arriving at the fake. Three runs of <c>count</c> /ask interactions each: an open-loop burst
/// (all sent at once, so latency includes queueing behind the whole burst) and two paced runs (200/s and
/// 1,000/s, the latency a user sees at a steady rate).
/// Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- bot-load [count] [--memo] [--rates 200,1000] [--concurrency N] [--engine] [--knowledge DIR]</c>;
/// <c>--engine</c> first times the engine alone on these questions; <c>--memo</c> answers each distinct question once and replays it, to show the cost without the answer engine.
/// The fake shares this process (and the 2 cores) with the bot, so every figure includes the fake's Kestrel.
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
        var knowledge = Option(args, "--knowledge") ?? FindKnowledge();
        var rates = (Option(args, "--rates") ?? "200,1000").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        if (args.Contains("--engine"))
        {
            using var answerer = new Answerer(KnowledgeLoader.LoadDirectory(knowledge).Snapshot!);
            HarnessQuestionTimer.Print(answerer, Questions);
        }

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
                // appsettings.json sets Information, which wins over SetMinimumLevel: without this the run
                // measures 2,000 console lines ("Answered in …") as much as the bot.
                ["Logging:LogLevel:Default"] = "Warning",
            });
            if (Option(args, "--concurrency") is { } concurrency) builder.Configuration.AddInMemoryCollection([new("Bot:MaxConcurrency", concurrency)]);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (memo) builder.Services.AddSingleton<Func<KnowledgeSnapshot, IAnswerer>>(snapshot => new MemoAnswerer(AnswererFactory.Create(snapshot)));
        });
        await host.StartAsync();
        await discord.WaitForRequestAsync(r => r.Method == "PUT", timeout: TimeSpan.FromSeconds(30));

        await RunOnceAsync(discord, received, 1, 300, rate: 0);            // warm-up: JIT, pools, index caches
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bot load: {count} /ask interactions per run through the fake Discord on 127.0.0.1 (same process){(memo ? ", answers memoized: engine excluded" : "")}, Bot:MaxConcurrency {Option(args, "--concurrency") ?? "default"}, {Environment.ProcessorCount} cores"));
        var allAnswered = true;
        ulong firstId = 1_000_000;
        foreach (var rate in rates.Prepend(0))
        {
            var result = await RunOnceAsync(discord, received, firstId, count, rate);
            allAnswered &= result.Answered == count;
            Console.WriteLine(result.Format(rate == 0 ? "open-loop burst (all at once)" : $"paced at {rate}/s"));
            firstId += 1_000_000;
        }

        var withMessage = discord.Requests.CountWhere(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)
            && r.Body.Contains("\"type\":4", StringComparison.Ordinal) && r.Body.Contains("\"embeds\"", StringComparison.Ordinal));
        await host.StopAsync();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            type 4 callbacks with an embed (warm-up included): {withMessage} of {300 + count * (rates.Length + 1)}; all answered: {allAnswered}
            memory after the runs: working set {process.WorkingSet64 / 1048576.0:F1} MiB (peak {process.PeakWorkingSet64 / 1048576.0:F1}), GC heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB live / {gc.HeapSizeBytes / 1048576.0:F1} MiB heap, GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}
            """));
        return allAnswered ? 0 : 1;
    }

    /// <summary>Sends <paramref name="count"/> interactions, all at once (<paramref name="rate"/> 0) or at <paramref name="rate"/> per second.</summary>
    private static async Task<LoadRunResult> RunOnceAsync(FakeDiscordServer discord, ConcurrentDictionary<ulong, long> received, ulong firstId, int count, int rate)
    {
        var payloads = new (ulong Id, string Json)[count];
        for (var i = 0; i < count; i++)
        {
            var id = firstId + (ulong)i;
            var (locale, question) = Questions[i % Questions.Length];
            payloads[i] = (id, FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = question }, userId: 10_000 + id, locale: locale));
        }

        var sent = new long[count];
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            if (rate > 0)
            {
                // Send each one at its slot; Task.Delay is ~1 ms coarse, so late slots are sent back to back.
                var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
                var ahead = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (ahead > TimeSpan.FromMilliseconds(1)) await Task.Delay(ahead);
            }

            sent[i] = Stopwatch.GetTimestamp();
            await discord.DispatchAsync("INTERACTION_CREATE", payloads[i].Json);
        }

        var sendTime = Stopwatch.GetElapsedTime(start);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 30;
        while (payloads.Any(p => !received.ContainsKey(p.Id)) && Stopwatch.GetTimestamp() < deadline) await Task.Delay(10);
        var lastReceived = payloads.Max(p => received.TryGetValue(p.Id, out var r) ? r : 0);
        var latencies = payloads.Select((p, i) => received.TryGetValue(p.Id, out var r) ? Stopwatch.GetElapsedTime(sent[i], r).TotalMilliseconds : double.NaN).ToArray();
        return new LoadRunResult(latencies, Stopwatch.GetElapsedTime(start, lastReceived), sendTime);
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

    private static string? Option(string[] args, string name)
    {
        var k = Array.IndexOf(args, name);
        return k >= 0 && k + 1 < args.Length ? args[k + 1] : null;
    }

    private static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return Path.Combine(dir.FullName, "knowledge");
        }

        return Path.Combine(AppContext.BaseDirectory, "knowledge");
    }
}
