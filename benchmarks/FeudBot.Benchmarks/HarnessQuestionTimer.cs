using System.Diagnostics;
using System.Globalization;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Benchmarks;

/// <summary>
/// The harness's own questions and locale hints through the engine alone, one thread, a Stopwatch per call:
/// shows which of the bot-load questions cost what (BenchmarkDotNet's AnswerBenchmarks use other questions and no hint;
/// HarnessQuestionBenchmarks these questions at steady state).
/// </summary>
/// <remarks>
/// The first pass times each question's first 2,200 calls in a fresh process, so it includes tiered JIT: code
/// runs unoptimized, then (with tiered PGO, on in this process unlike in feudbot) instrumented, until it is
/// recompiled, which on a loaded 2-core machine takes seconds. The second pass times the same questions again
/// once all of them have run: closer to the steady state a long-running bot reaches. The third pass evicts the
/// CPU caches before every call (16 MiB touched), as the bot's WebSocket, Kestrel and HTTP work does between two
/// questions: it explains why the engine costs ~95 µs per question inside the bot (<c>--time-engine</c>).
/// </remarks>
internal static class HarnessQuestionTimer
{
    public static void Print(IAnswerer answerer, IEnumerable<(string Locale, string Question)> questions, int rounds = 2000)
    {
        var list = questions.ToList();
        foreach (var (locale, question) in list) Time(answerer, locale, question, rounds, "engine");
        foreach (var (locale, question) in list) Time(answerer, locale, question, rounds, "engine, 2nd pass");
        var evict = new byte[16 << 20];
        foreach (var (locale, question) in list) Time(answerer, locale, question, rounds / 10, "engine, cold caches", () => Evict(evict));
    }

    // One write per 64-byte cache line: the engine's data (index, tables, tokenizer) no longer sits in L1/L2/L3.
    private static void Evict(byte[] buffer)
    {
        for (var i = 0; i < buffer.Length; i += 64) buffer[i]++;
    }

    private static void Time(IAnswerer answerer, string locale, string question, int rounds, string label, Action? beforeEach = null)
    {
        var hint = FeudBot.Bot.Localization.LocaleMapper.FromDiscordLocale(locale);
        for (var i = 0; i < 200; i++) answerer.Ask(question, hint);
        long ticks = 0, bytes = 0;
        for (var i = 0; i < rounds; i++)
        {
            beforeEach?.Invoke();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            answerer.Ask(question, hint);
            ticks += Stopwatch.GetTimestamp() - start;
            bytes += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        var perCall = Stopwatch.GetElapsedTime(0, ticks).TotalMicroseconds / rounds;
        bytes /= rounds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label} {perCall,8:F1} µs/question, {bytes,7} B allocated  [{hint}] {question}"));
    }
}
