using System.Collections.Concurrent;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Benchmarks;

/// <summary>
/// Answers each distinct (question, hint) once and replays it: lets the load harness and the pipeline
/// benchmark show the bot's own cost apart from the answer engine's.
/// </summary>
internal sealed class MemoAnswerer(IAnswerer inner) : IAnswerer
{
    private readonly ConcurrentDictionary<(string, string?), Answer> _answers = new();

    public Answer Ask(string question, string? languageHint = null) =>
        _answers.GetOrAdd((question, languageHint), key => inner.Ask(key.Item1, key.Item2));
}
