using System.Globalization;
using System.Runtime;

namespace FeudBot.Benchmarks;

/// <summary>
/// Methods the JIT compiled and the time it spent, over a span of the run (all threads, including tiering's
/// background worker that re-compiles hot methods optimized). Timed runs should see almost none: a bot that has
/// run for a while is fully compiled, so JIT time inside a run measures the warm-up, not the bot.
/// </summary>
internal readonly record struct JitWork(long Methods, TimeSpan Time)
{
    public static JitWork Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime());

    public JitWork Since(JitWork before) => new(Methods - before.Methods, Time - before.Time);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"JIT {Methods} methods, {Time.TotalMilliseconds:F1} ms");
}
