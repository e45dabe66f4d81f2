using System.Diagnostics;
using System.Globalization;
using FeudBot.FakeDiscord;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;

namespace FeudBot.Benchmarks;

/// <summary>
/// Load harness for the bot (issue 5, "Performance"), not a BenchmarkDotNet benchmark: the real host
/// against the fake Discord on loopback, and the time from each INTERACTION_CREATE being sent to its
/// callback arriving at the fake. After a warm-up, <c>--bursts</c> open-loop bursts of <c>count</c> /ask
/// (all sent at once, so latency includes queueing behind the whole burst; a median line follows), then one
/// paced run of <c>count</c> per <c>--rates</c> entry (the latency a user sees at that steady rate).
/// Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- bot-load [count] [--bursts 5] [--memo] [--no-cache] [--keep-cache] [--questions sample|fixtures] [--floor] [--alloc-types] [--rates 200,1000] [--concurrency 64] [--engine] [--time-engine] [--knowledge DIR] [--set Key=Value ...] [--cold]</c>.
/// <c>--set</c> passes a configuration value to the bot, e.g. <c>--set Bot:AnswerThreads=0</c> (may repeat).
/// <c>--engine</c> first times the engine alone on these questions; <c>--memo</c> answers each distinct question
/// once and replays it (the bot without the engine); <c>--floor</c> replaces the bot with
/// <see cref="CallbackFloorClient"/> (no bot at all: what the fake, loopback HTTP and the cores allow);
/// Before every run (warm-up too) the bot's answer cache is emptied, so a burst computes each distinct question in it once
/// (for its first asker) and serves the rest from the cache; <c>--keep-cache</c> keeps the answers made before instead.
/// <c>--no-cache</c> turns the bot's answer cache off (every question goes through the engine); <c>--questions fixtures</c>
/// asks every distinct fixture question in turn instead of eight (few repeats);
/// <c>--alloc-types</c> prints which types the runs' bytes went to (the runtime's allocation sampling);
/// <c>--time-engine</c> prints the engine's mean time per question inside the bot after each run.
/// The fake shares this process (and the 2 cores) with the bot, so every figure includes the fake's Kestrel.
/// </summary>
public static class BotLoadHarness
{
    private const int MinWarmupRounds = 4;
    private const int MaxWarmupRounds = 60;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2000;
        var memo = args.Contains("--memo");
        var floor = args.Contains("--floor");
        var timeEngine = args.Contains("--time-engine");
        var answerCache = !args.Contains("--no-cache") && !memo;
        var knowledge = Option(args, "--knowledge") ?? FindKnowledge();
        var rateList = (Option(args, "--rates") ?? "200,1000").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (!TryPositive(Option(args, "--bursts") ?? "5", out var bursts) || !TryPositive(Option(args, "--concurrency") ?? "64", out var concurrency)
            || count < 1 || !rateList.All(r => TryPositive(r, out _)))
        {
            Console.Error.WriteLine("bot-load: count, --bursts, --concurrency and each --rates entry must be whole numbers above 0, e.g. bot-load 2000 --bursts 5 --rates 200,1000");
            return 2;
        }

        var rates = rateList.Select(r => int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
        var questions = Option(args, "--questions") switch
        {
            null or "sample" => HarnessQuestions.Sample,
            "fixtures" => HarnessQuestions.FromFixtures(Path.Combine(Path.GetDirectoryName(knowledge)!, "tests", "FeudBot.Knowledge.Tests", "Answers", "Fixtures")),
            var other => null,
        };
        if (questions is null)
        {
            Console.Error.WriteLine("bot-load: --questions must be sample (8 questions, the default) or fixtures (every distinct fixture question)");
            return 2;
        }

        if (args.Contains("--engine"))
        {
            using var answerer = new Answerer(KnowledgeLoader.LoadDirectory(knowledge).Snapshot!);
            HarnessQuestionTimer.Print(answerer, questions);
        }

        await using var discord = await FakeDiscordServer.StartAsync();
        var callbacks = new CallbackTap();
        // A tap: sees every request first, records when each callback arrived, lets the default route answer.
        discord.Enqueue(new FakeRestResponse { Match = callbacks.Record, Times = int.MaxValue });
        var subject = floor
            ? await FloorSubject.StartAsync(discord, concurrency)
            : await BotSubject.StartAsync(discord, knowledge, memo, timeEngine, answerCache, args.Contains("--keep-cache"), concurrency, Settings(args));
        // From here the tap sees every callback; keeping thousands of request bodies in the fake would make the
        // garbage collector's work, and so the latencies, grow with the run.
        discord.Options.RecordRequests = false;

        // --cold: no warm-up, as a burst right after a deploy (the container check's case): measures the JIT too.
        var warmedWith = args.Contains("--cold") ? 0 : await WarmUpAsync(subject, discord, callbacks, questions, count);

        // Every timed run's INTERACTION_CREATE payloads are made now and moved to the oldest generation: made per run,
        // 2,000 live strings (~6 MB) would be copied by every collection during the run, a cost of the harness's, not the bot's.
        var schedule = Enumerable.Repeat(0, bursts).Concat(rates).ToArray();
        var runPayloads = schedule.Select((_, k) => Payloads(questions, 1_000_000_000 * (ulong)(k + 1), count)).ToArray();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        TimedAnswerer.TakeMean();
        using var sampler = args.Contains("--alloc-types") ? new AllocationSampler() : null;
        sampler?.Start();
        using var jitLog = args.Contains("--jit-log") ? new JitLogger() : null;
        jitLog?.Start();
        using var gcLog = args.Contains("--gc-log") ? new GcPhaseLogger() : null;
        if (gcLog is not null) gcLog.On = true;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bot load: {count} /ask interactions per run through the fake Discord on 127.0.0.1 (same process); {subject.Describe(memo)}; {questions.Length} distinct questions in turn; {concurrency} at once; {Environment.ProcessorCount} cores"));
        var allAnswered = true;
        var burstRuns = new List<LoadRunResult>();
        for (var k = 0; k < schedule.Length; k++)
        {
            var rate = schedule[k];
            subject.BeforeRun();
            var result = await RunOnceAsync(discord, callbacks, runPayloads[k], rate);
            runPayloads[k] = [];
            allAnswered &= result.Answered == count;
            if (rate == 0) burstRuns.Add(result);
            Console.WriteLine(result.Format(rate == 0 ? $"open-loop burst {burstRuns.Count} of {bursts}" : $"paced at {rate}/s"));
            if (rate == 0 && burstRuns.Count == bursts) Console.WriteLine(LoadRunResult.FormatMedian(burstRuns));
            if (timeEngine && TimedAnswerer.TakeMean() is var (mean, calls)) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"",-30} engine inside the bot: mean {mean:F1} µs wall per question over {calls}"));
        }

        sampler?.Stop();
        if (sampler is not null) Console.WriteLine(sampler.Report(top: 30));
        jitLog?.Stop();
        if (jitLog is not null) Console.WriteLine(jitLog.Report(top: 60));
        var withMessage = callbacks.WithEmbed;
        var ephemeral = GC.GetGCMemoryInfo(GCKind.Ephemeral);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"last ephemeral GC: gen{ephemeral.Generation}, paused {ephemeral.PauseDurations[0].TotalMilliseconds:F1} ms, promoted {ephemeral.PromotedBytes / 1048576.0:F1} MiB, compacted {ephemeral.Compacted}, heap {ephemeral.HeapSizeBytes / 1048576.0:F1} MiB"));
        await subject.DisposeAsync();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            type 4 callbacks with an embed (warm-up included): {withMessage} of {warmedWith + count * (bursts + rates.Length)}, {callbacks.MeanBodyBytes:F0} bytes each on average; all answered: {allAnswered}
            memory after the runs: working set {process.WorkingSet64 / 1048576.0:F1} MiB (peak {process.PeakWorkingSet64 / 1048576.0:F1}), GC heap {GC.GetTotalMemory(false) / 1048576.0:F1} MiB live / {gc.HeapSizeBytes / 1048576.0:F1} MiB heap, GC gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all); thread pool {ThreadPool.ThreadCount} threads
            """));
        return allAnswered ? 0 : 1;
    }

    /// <summary>
    /// Bursts of <paramref name="count"/> until the JIT is done, as in a bot that has been running a while: tiering
    /// compiles hot methods optimized in the background, ~100 ms after the last new method and on the same two cores,
    /// so a fixed short warm-up left hundreds of methods (the async machinery of every request among them) to be
    /// compiled during the timed runs, up to 220 ms of JIT in one burst. Returns how many interactions it sent.
    /// </summary>
    private static async Task<int> WarmUpAsync(ILoadSubject subject, FakeDiscordServer discord, CallbackTap callbacks, (string Locale, string Question)[] questions, int count)
    {
        var quietRounds = 0;
        var total = new JitWork(0, TimeSpan.Zero);
        int round;
        for (round = 0; round < MaxWarmupRounds && (round < MinWarmupRounds || quietRounds < 2); round++)
        {
            var before = JitWork.Now();
            subject.BeforeRun();
            await RunOnceAsync(discord, callbacks, Payloads(questions, 1 + (ulong)(round * count), count), rate: 0);
            await Task.Delay(300);
            var jit = JitWork.Now().Since(before);
            total = new JitWork(total.Methods + jit.Methods, total.Time + jit.Time);
            quietRounds = jit.Methods <= 2 ? quietRounds + 1 : 0;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: {round} bursts of {count} until two in a row compiled at most 2 methods; {total} in all"));
        return round * count;
    }

    /// <summary>/ask payloads with ids from <paramref name="firstId"/>, each from its own user, asking <paramref name="questions"/> in turn.</summary>
    private static (ulong Id, string Json)[] Payloads((string Locale, string Question)[] questions, ulong firstId, int count)
    {
        var payloads = new (ulong Id, string Json)[count];
        for (var i = 0; i < count; i++)
        {
            var id = firstId + (ulong)i;
            var (locale, question) = questions[i % questions.Length];
            payloads[i] = (id, FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = question }, userId: 10_000 + id, locale: locale));
        }

        return payloads;
    }

    /// <summary>Sends <paramref name="payloads"/>, all at once (<paramref name="rate"/> 0) or at <paramref name="rate"/> per second.</summary>
    private static async Task<LoadRunResult> RunOnceAsync(FakeDiscordServer discord, CallbackTap callbacks, (ulong Id, string Json)[] payloads, int rate)
    {
        var count = payloads.Length;

        var sent = new long[count];
        callbacks.Expect(payloads[0].Id, count);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var pausedBefore = GC.GetTotalPauseDuration();
        var jitBefore = JitWork.Now();
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
        while (callbacks.ArrivedInRun < count && Stopwatch.GetTimestamp() < deadline) await Task.Delay(5);
        var arrived = payloads.Select(p => callbacks.ArrivedAt(p.Id)).ToArray();
        var latencies = arrived.Select((r, i) => r is { } at ? Stopwatch.GetElapsedTime(sent[i], at).TotalMilliseconds : double.NaN).ToArray();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        return new LoadRunResult(latencies, Stopwatch.GetElapsedTime(start, arrived.Max() ?? start), sendTime, cpu / count, allocated / count, paused, JitWork.Now().Since(jitBefore));
    }

    /// <summary>Every <c>--set Key=Value</c> pair.</summary>
    private static Dictionary<string, string?> Settings(string[] args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k + 1 < args.Length; k++)
        {
            if (args[k] == "--set" && args[k + 1].Split('=', 2) is [var key, var value]) settings[key] = value;
        }

        return settings;
    }

    private static bool TryPositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

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
