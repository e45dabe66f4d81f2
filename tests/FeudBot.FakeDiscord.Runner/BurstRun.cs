using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FeudBot.FakeDiscord.Runner;

/// <summary>
/// A burst of /ask interactions (issue 5's load scenario, here against the container): each from its own user
/// so the per-user cooldown does not decline them, in the three locales; counts the callbacks and the time from
/// INTERACTION_CREATE sent to callback received.
/// </summary>
internal sealed class BurstRun(FakeDiscordServer discord)
{
    private static readonly (string Locale, string Question)[] Questions =
    [
        ("zh-TW", "馬斯克和奧特曼哪一年共同創辦了OpenAI？"),
        ("en-US", "When did Musk sue OpenAI?"),
        ("zh-CN", "马斯克为什么离开OpenAI董事会？"),
        ("en-US", "How much did Musk offer to buy OpenAI?"),
    ];

    private readonly ConcurrentDictionary<ulong, long> _received = new();
    private ulong _nextId = 5_000_000;

    /// <summary>Starts recording callback arrival times (a tap in front of the default REST routes).</summary>
    public void Attach() =>
        discord.Enqueue(new FakeRestResponse { Match = Tap, Times = int.MaxValue });

    /// <summary>Sends <paramref name="count"/> interactions and waits (up to <paramref name="timeout"/>) for their callbacks.</summary>
    public async Task<string> RunAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var sent = new Dictionary<ulong, long>(count);
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < count; i++)
        {
            ulong id = Interlocked.Increment(ref _nextId);
            (string locale, string question) = Questions[i % Questions.Length];
            string payload = FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = question },
                userId: 70_000_000_000_000_000 + id, locale: locale);
            sent[id] = Stopwatch.GetTimestamp();
            await discord.DispatchAsync("INTERACTION_CREATE", payload).ConfigureAwait(false);
        }

        long deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (sent.Keys.Any(id => !_received.ContainsKey(id)) && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        double[] latencies = sent
            .Where(s => _received.ContainsKey(s.Key))
            .Select(s => Stopwatch.GetElapsedTime(s.Value, _received[s.Key]).TotalMilliseconds)
            .Order()
            .ToArray();
        double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        string verdict = latencies.Length == count ? "BURST_DONE" : "BURST_FAIL";
        return string.Create(CultureInfo.InvariantCulture,
            $"{verdict} {latencies.Length}/{count} answered in {seconds:F1} s; callback latency p50 {Percentile(latencies, 0.50):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms");
    }

    private bool Tap(RecordedRequest request)
    {
        long now = Stopwatch.GetTimestamp();
        if (request.Method == "POST" && request.Path.StartsWith("interactions/", StringComparison.Ordinal))
        {
            ReadOnlySpan<char> rest = request.Path.AsSpan("interactions/".Length);
            int slash = rest.IndexOf('/');
            if (slash > 0 && ulong.TryParse(rest[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out ulong id))
            {
                _received.TryAdd(id, now);
            }
        }

        return false; // never answers: the default route does
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
