using System.Diagnostics.Tracing;
using System.Globalization;

namespace FeudBot.Benchmarks;

/// <summary>
/// <c>bot-load --gc-log</c>: each collection's phases from the runtime's GC events (suspending the threads, collecting,
/// restarting), to tell a slow collection (much to mark or copy) from a slow suspension.
/// </summary>
internal sealed class GcPhaseLogger : EventListener
{
    private double _suspendBegin, _suspendEnd, _gcStart, _gcEnd, _restartBegin;
    private int _gen;
    private string _reason = "";
    private double _promoted;
    private int _pinned;

    public volatile bool On;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1);
    }
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!On) return;
        var t = e.TimeStamp.Ticks / 10000.0;
        switch (e.EventName)
        {
            case "GCSuspendEEBegin_V1": _suspendBegin = t; break;
            case "GCSuspendEEEnd_V1": _suspendEnd = t; break;
            case "GCStart_V2": _gcStart = t; _gen = Convert.ToInt32(e.Payload![1], CultureInfo.InvariantCulture); _reason = Convert.ToString(e.Payload[2], CultureInfo.InvariantCulture)!; break;
            case "GCEnd_V1": _gcEnd = t; break;
            case "GCHeapStats_V2":
                _promoted = Convert.ToDouble(e.Payload![1], CultureInfo.InvariantCulture) + Convert.ToDouble(e.Payload[3], CultureInfo.InvariantCulture);
                _pinned = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("PinnedObjectCount")], CultureInfo.InvariantCulture);
                break;
            case "GCRestartEEBegin_V1": _restartBegin = t; break;
            case "GCRestartEEEnd_V1":
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    GC gen{_gen} reason {_reason}: suspend {_suspendEnd - _suspendBegin:F2} ms, gc {_gcEnd - _gcStart:F2} ms, restart {t - _restartBegin:F2} ms, total {t - _suspendBegin:F2} ms; promoted {_promoted / 1048576:F1} MiB, {_pinned} pinned objects"));
                break;
        }
    }
}
