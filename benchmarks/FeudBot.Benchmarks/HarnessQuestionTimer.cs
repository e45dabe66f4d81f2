using System.Diagnostics;
using System.Globalization;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Benchmarks;

/// <summary>
/// The harness's own questions and locale hints through the engine alone, one thread, a Stopwatch per call:
/// shows which of the bot-load questions cost what (BenchmarkDotNet's AnswerBenchmarks use other questions and no hint).
/// </summary>
internal static class HarnessQuestionTimer
{
    public static void Print(IAnswerer answerer, IEnumerable<(string Locale, string Question)> questions, int rounds = 2000)
    {
        foreach (var (locale, question) in questions)
        {
            var hint = FeudBot.Bot.Localization.LocaleMapper.FromDiscordLocale(locale);
            for (var i = 0; i < 200; i++) answerer.Ask(question, hint);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < rounds; i++) answerer.Ask(question, hint);
            var perCall = Stopwatch.GetElapsedTime(start).TotalMicroseconds / rounds;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  engine {perCall,8:F1} µs/question, {bytes,7} B allocated  [{hint}] {question}"));
        }
    }
}
