using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Support;

/// <summary>Polling helpers with real-time timeouts so every test stops by itself.</summary>
internal static class Eventually
{
    /// <summary>Waits (real time, polling) until <paramref name="condition"/> holds.</summary>
    public static async Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (!condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }

            await Task.Delay(5);
        }
    }

    /// <summary>
    /// Advances <paramref name="time"/> in <paramref name="step"/>s (yielding real time between steps so the
    /// client's continuations run) until <paramref name="condition"/> holds; returns the virtual time advanced.
    /// </summary>
    public static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, Func<bool> condition, string what, TimeSpan? step = null, TimeSpan? limit = null)
    {
        TimeSpan stepSize = step ?? TimeSpan.FromMilliseconds(100);
        TimeSpan maxVirtual = limit ?? TimeSpan.FromMinutes(5);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        TimeSpan advanced = TimeSpan.Zero;
        while (!condition())
        {
            if (cts.IsCancellationRequested || advanced > maxVirtual)
            {
                throw new TimeoutException($"Timed out waiting for: {what} (advanced {advanced})");
            }

            time.Advance(stepSize);
            advanced += stepSize;
            await Task.Delay(3);
        }

        return advanced;
    }

    /// <summary>Gives the client a moment (real time) to do something it must NOT do.</summary>
    public static Task QuietPeriodAsync() => Task.Delay(150);
}
