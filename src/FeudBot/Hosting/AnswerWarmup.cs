using System.Diagnostics;
using FeudBot.Bot;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Rendering;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// Before the bot connects, answers and renders a few questions made from the note's own event titles, one per reply
/// language, so that the first users after a start (or a burst right after a deploy) do not wait while the JIT
/// compiles the engine and the renderer (a cold burst of 2,000: p99 289–369 → 204–216 ms, 1,780 → 1,385 methods
/// compiled in it). The answers are thrown away; nothing is cached or sent. <see cref="BotOptions.WarmUp"/> turns it off.
/// </summary>
public sealed partial class AnswerWarmup(IKnowledgeSource knowledge, AnswerRenderer renderer, IOptions<BotOptions> options, ILogger<AnswerWarmup> logger) : IHostedService
{
    private static readonly string[] Languages = [ReplyLanguage.English, ReplyLanguage.TraditionalChinese, ReplyLanguage.SimplifiedChinese];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.WarmUp) return Task.CompletedTask;
        var started = Stopwatch.GetTimestamp();
        var state = knowledge.Current;
        var events = state.Snapshot.Primary.Events;
        var asked = 0;
        foreach (var language in Languages)
        {
            // The first and the last event: an early answer and the present state take different paths.
            foreach (var e in events.Count > 1 ? [events[0], events[^1]] : events)
            {
                renderer.Render(state.Answerer.Ask(e.TextFor(language).Title + "?", language));
                asked++;
            }
        }

        LogWarmed(logger, asked, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warmed the engine with {Questions} questions in {Milliseconds:F0} ms")]
    private static partial void LogWarmed(ILogger logger, int questions, double milliseconds);
}
