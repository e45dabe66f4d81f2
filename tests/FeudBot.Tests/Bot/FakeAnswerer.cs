using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;

namespace FeudBot.Tests.Bot;

/// <summary>
/// An answerer for bot tests: answers from the test story in the hint's language (or the question's),
/// declines questions containing "unknown", throws for "boom", and can be held at a gate to play slow.
/// </summary>
internal sealed class FakeAnswerer(Story story) : IAnswerer
{
    private readonly SemaphoreSlim _entered = new(0);

    /// <summary>When set, every call waits here (the slow path).</summary>
    public ManualResetEventSlim? Gate { get; set; }

    public int Calls;

    public (string Question, string? Hint) Last { get; private set; }

    /// <summary>Waits until a call has entered <see cref="Ask"/> (and possibly blocks at the gate).</summary>
    public Task<bool> WaitEnteredAsync() => _entered.WaitAsync(TimeSpan.FromSeconds(10));

    public Answer Ask(string question, string? languageHint = null)
    {
        Interlocked.Increment(ref Calls);
        Last = (question, languageHint);
        _entered.Release();
        Gate?.Wait(TimeSpan.FromSeconds(10));
        if (question.Contains("boom", StringComparison.Ordinal)) throw new InvalidOperationException("secret internal detail: index corrupted");

        var language = question.Any(c => c >= 0x4E00) ? (languageHint is "zh-Hans" ? "zh-Hans" : "zh-Hant") : languageHint ?? "en";
        var e = story.Events[0];
        if (question.Contains("unknown", StringComparison.Ordinal))
            return new Answer(question, language, false, language == "en" ? "The note does not cover this." : "筆記沒有提到這件事。", QuestionIntent.What, [], [], story.AsOf);

        var text = language == "en" ? "Musk sued OpenAI in 2024." : "馬斯克於2024年起訴OpenAI。";
        return new Answer(question, language, true, text, QuestionIntent.When, [e], e.Citations.Select(c => c.Reference).ToArray(), story.AsOf);
    }
}
