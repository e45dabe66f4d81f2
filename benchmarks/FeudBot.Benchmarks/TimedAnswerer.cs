using System.Diagnostics;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Benchmarks;

/// <summary>
/// Times every Ask inside the running bot (<c>bot-load --time-engine</c>): the engine's cost where it runs, between
/// WebSocket, Kestrel and HTTP work, which is not its cost in a hot BenchmarkDotNet loop (cold caches).
/// </summary>
internal sealed class TimedAnswerer(IAnswerer inner) : IAnswerer
{
    private static long _ticks;
    private static long _calls;

    public Answer Ask(string question, string? languageHint = null)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = inner.Ask(question, languageHint);
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _calls);
        return answer;
    }

    /// <summary>Mean wall µs per Ask since the last call, and how many; resets the counts.</summary>
    public static (double MeanMicroseconds, long Calls) TakeMean()
    {
        var ticks = Interlocked.Exchange(ref _ticks, 0);
        var calls = Interlocked.Exchange(ref _calls, 0);
        return (calls == 0 ? double.NaN : Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds / calls, calls);
    }
}
