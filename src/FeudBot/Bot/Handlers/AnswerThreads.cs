using System.Collections.Concurrent;
using FeudBot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// Runs the answer engine on threads of its own (<see cref="BotOptions.AnswerThreads"/>, by default one per core),
/// question after question. Why: inside the running bot an engine call cost several times what it costs in a hot
/// loop (47–79 µs against 5–16 µs), because between two questions a thread-pool thread runs WebSocket, JSON and
/// HTTP work that evicts the engine's tables from the CPU caches; threads that only answer keep them warmer (29–38 µs).
/// In bursts of 2,000 questions none of which was cached this took p99 down by about a sixth and CPU per interaction by a fifth (README,
/// Performance). A question waits here only while the engine is busy with others: no batching delay.
/// </summary>
public sealed class AnswerThreads : IDisposable
{
    private readonly BlockingCollection<Job>? _jobs;

    public AnswerThreads(IOptions<BotOptions> options)
    {
        var threads = options.Value.AnswerThreads ?? Environment.ProcessorCount;
        if (threads == 0) return;
        _jobs = new BlockingCollection<Job>(new ConcurrentQueue<Job>());
        for (var i = 0; i < threads; i++)
        {
            // Background: a host that never disposes this (a test's) does not keep the process alive.
            new Thread(Run) { IsBackground = true, Name = $"feudbot-answers-{i}" }.Start();
        }
    }

    /// <summary>
    /// The engine's answer to <paramref name="question"/>. It completes on the thread pool, never on an answer
    /// thread, so rendering and sending the reply stay off them. An exception from the engine surfaces here.
    /// </summary>
    public Task<Answer> AskAsync(IAnswerer answerer, string question, string? languageHint)
    {
        if (_jobs is null)
        {
            try
            {
                return Task.FromResult(answerer.Ask(question, languageHint));
            }
            catch (Exception ex)
            {
                return Task.FromException<Answer>(ex);
            }
        }

        var job = new Job(answerer, question, languageHint);
        _jobs.Add(job);
        return job.Done.Task;
    }

    /// <summary>Lets the threads finish the questions already queued, then end.</summary>
    public void Dispose() => _jobs?.CompleteAdding();

    private void Run()
    {
        foreach (var job in _jobs!.GetConsumingEnumerable())
        {
            try
            {
                job.Done.SetResult(job.Answerer.Ask(job.Question, job.Hint));
            }
            catch (Exception ex)
            {
                job.Done.SetException(ex);
            }
        }
    }

    private sealed class Job(IAnswerer answerer, string question, string? hint)
    {
        public IAnswerer Answerer { get; } = answerer;

        public string Question { get; } = question;

        public string? Hint { get; } = hint;

        public TaskCompletionSource<Answer> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
