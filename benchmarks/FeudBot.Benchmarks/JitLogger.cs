using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;

namespace FeudBot.Benchmarks;

/// <summary>
/// The runtime's JIT events (MethodLoadVerbose, keyword JIT): which methods were compiled, and at what tier, while
/// recording. Shows what a "warm" run still compiles: tiering promotes methods in the background, on the same cores.
/// </summary>
internal sealed class JitLogger : EventListener
{
    private const EventKeywords JitKeyword = (EventKeywords)0x10;
    private readonly ConcurrentQueue<string> _methods = new();
    private volatile bool _recording;

    public void Start() => _recording = true;

    public void Stop() => _recording = false;

    /// <summary>Every method compiled while recording, with its tier, grouped by namespace prefix.</summary>
    public string Report(int top)
    {
        var all = _methods.ToArray();
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"methods compiled during the timed runs: {all.Length}\n");
        foreach (var group in all.GroupBy(m => m).OrderByDescending(g => g.Count()).Take(top))
            text.Append(CultureInfo.InvariantCulture, $"  {group.Count(),3}  {group.Key}\n");
        return text.ToString();
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, JitKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_recording || e.EventName is not { } name || !name.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || e.Payload is null) return;
        string Field(string key) => e.PayloadNames!.IndexOf(key) is var i and >= 0 ? Convert.ToString(e.Payload[i], CultureInfo.InvariantCulture) ?? "" : "";
        _methods.Enqueue($"{Field("OptimizationTier")} {Field("MethodNamespace")}::{Field("MethodName")}");
    }
}
