using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace FeudBot.Benchmarks;

/// <summary>DIAG: prints suspend / GC / restart phase times per GC from the runtime's events.</summary>
internal sealed class GcPhaseLogger : EventListener
{
    private double _suspendBegin, _suspendEnd, _gcStart, _gcEnd, _restartBegin;
    private int _gen; private string _reason = "";
    public volatile bool On;
    private static double Now() => Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
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
            case "GCRestartEEBegin_V1": _restartBegin = t; break;
            case "GCRestartEEEnd_V1":
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    GC gen{_gen} reason {_reason}: suspend {_suspendEnd - _suspendBegin:F2} ms, gc {_gcEnd - _gcStart:F2} ms, restart {t - _restartBegin:F2} ms, total {t - _suspendBegin:F2} ms"));
                break;
        }
    }
}
