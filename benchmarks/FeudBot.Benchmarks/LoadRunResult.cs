using System.Globalization;

namespace FeudBot.Benchmarks;

/// <summary>
/// One load run: per-interaction latency in ms (NaN = never answered), first send to last callback, and how
/// long the harness took to put every INTERACTION_CREATE on the socket (in a burst, the bot works while it sends).
/// </summary>
internal sealed class LoadRunResult
{
    private readonly double[] _sorted;

    public LoadRunResult(double[] latencies, TimeSpan elapsed, TimeSpan sendTime, TimeSpan cpuPerInteraction, long allocatedPerInteraction, TimeSpan gcPause, JitWork jit)
    {
        Jit = jit;
        AllocatedPerInteraction = allocatedPerInteraction;
        GcPause = gcPause;
        CpuPerInteraction = cpuPerInteraction;
        SendTime = sendTime;
        Count = latencies.Length;
        _sorted = latencies.Where(l => !double.IsNaN(l)).Order().ToArray();
        Elapsed = elapsed;
    }

    public int Count { get; }

    public int Answered => _sorted.Length;

    public TimeSpan Elapsed { get; }

    public TimeSpan SendTime { get; }

    /// <summary>Process CPU time (all threads: sender, fake and bot) per interaction: steadier than latency on a busy machine.</summary>
    public TimeSpan CpuPerInteraction { get; }

    /// <summary>Bytes allocated per interaction (bot, fake and sender): exact, unlike times on a shared machine.</summary>
    public long AllocatedPerInteraction { get; }

    /// <summary>Time the garbage collector paused the process during the run.</summary>
    public TimeSpan GcPause { get; }

    /// <summary>What the JIT compiled during the run: a warm bot compiles (almost) nothing.</summary>
    public JitWork Jit { get; }

    public double Percentile(double p) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public string Format(string mode) => string.Create(CultureInfo.InvariantCulture,
        $"{mode,-30} answered {Answered}/{Count}; sent → callback p50 {Percentile(0.50):F2} ms, p90 {Percentile(0.90):F2} ms, p99 {Percentile(0.99):F2} ms, max {Percentile(1):F2} ms; throughput {Answered / Elapsed.TotalSeconds:F0}/s over {Elapsed.TotalSeconds:F2} s (sending took {SendTime.TotalSeconds:F2} s); CPU {CpuPerInteraction.TotalMicroseconds:F0} µs, {AllocatedPerInteraction / 1024.0:F1} KB allocated per interaction; GC paused {GcPause.TotalMilliseconds:F1} ms; {Jit}");

    /// <summary>Median over several runs of each percentile (one run's p99 on 2 shared cores varies by ±30 %).</summary>
    public static string FormatMedian(IReadOnlyList<LoadRunResult> runs)
    {
        double Median(Func<LoadRunResult, double> pick) => runs.Select(pick).Order().ElementAt(runs.Count / 2);
        return string.Create(CultureInfo.InvariantCulture,
            $"{"MEDIAN of " + runs.Count + " bursts",-30} p50 {Median(r => r.Percentile(0.50)):F2} ms, p90 {Median(r => r.Percentile(0.90)):F2} ms, p99 {Median(r => r.Percentile(0.99)):F2} ms, max {Median(r => r.Percentile(1)):F2} ms; throughput {Median(r => r.Answered / r.Elapsed.TotalSeconds):F0}/s; CPU {Median(r => r.CpuPerInteraction.TotalMicroseconds):F0} µs, {Median(r => r.AllocatedPerInteraction) / 1024.0:F1} KB allocated per interaction; GC paused {Median(r => r.GcPause.TotalMilliseconds):F1} ms");
    }
}
