using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace FeudBot.Benchmarks;

/// <summary>
/// The runtime's own allocation sampling (GCAllocationTick: one event per ~100 KB allocated, naming the type that
/// crossed the mark), summed by type: which types the load harness's bytes go to, without an external profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    /// <summary>The <paramref name="top"/> types by sampled bytes, with their share.</summary>
    public string Report(int top)
    {
        var total = Math.Max(1, _bytesByType.Values.Sum());
        var text = new StringBuilder("sampled allocations by type (GCAllocationTick):\n");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(p => p.Value).Take(top))
            text.Append(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total,5:F1} %  {type}\n");
        return text.ToString();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || !e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
