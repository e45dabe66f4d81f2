using FeudBot.Bot;
using FeudBot.Bot.Handlers;
using Microsoft.Extensions.Options;

namespace FeudBot.Tests.Bot;

public sealed class AnswerThreadsTests
{
    private static AnswerThreads Create(int threads) => new(Options.Create(new BotOptions { AnswerThreads = threads }));

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Answers_are_the_engines_answers(int threads)
    {
        using var engine = Create(threads);
        var answerer = new FakeAnswerer(TestStories.Story(3));

        var answer = await engine.AskAsync(answerer, "馬斯克何時起訴？", "zh-Hans");

        var direct = answerer.Ask("馬斯克何時起訴？", "zh-Hans");
        Assert.Equal((direct.Question, direct.Language, direct.Text), (answer.Question, answer.Language, answer.Text));
    }

    [Fact]
    public async Task The_engine_runs_on_an_answer_thread_and_the_caller_resumes_off_it()
    {
        using var engine = Create(1);
        var answerer = new ThreadNoting();

        await engine.AskAsync(answerer, "q", null);

        Assert.Equal("feudbot-answers-0", answerer.ThreadName);
        // Rendering and sending happen after the await: they must not take the answer threads.
        Assert.NotEqual("feudbot-answers-0", Thread.CurrentThread.Name);
    }

    [Fact]
    public void Zero_threads_answers_on_the_callers_thread()
    {
        using var engine = Create(0);
        var answerer = new ThreadNoting();

        var task = engine.AskAsync(answerer, "q", null);

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal(Environment.CurrentManagedThreadId, answerer.ThreadId);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task An_engine_failure_reaches_the_caller(int threads)
    {
        using var engine = Create(threads);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => engine.AskAsync(new FakeAnswerer(TestStories.Story(3)), "boom", null));

        Assert.Contains("index corrupted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_queued_behind_a_slow_one_are_all_answered_and_disposing_lets_them_finish()
    {
        var engine = Create(1);
        var answerer = new FakeAnswerer(TestStories.Story(3)) { Gate = new ManualResetEventSlim(false) };
        var asked = Enumerable.Range(0, 20).Select(i => engine.AskAsync(answerer, $"question {i}", "en")).ToArray();
        Assert.True(await answerer.WaitEnteredAsync());

        engine.Dispose(); // no new questions; the queued ones are still answered
        answerer.Gate.Set();
        var answers = await Task.WhenAll(asked).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"question {i}"), answers.Select(a => a.Question));
        Assert.Throws<InvalidOperationException>(() => { _ = engine.AskAsync(answerer, "late", null); });
    }

    private sealed class ThreadNoting : FeudBot.Knowledge.Answers.IAnswerer
    {
        public string? ThreadName { get; private set; }

        public int ThreadId { get; private set; }

        public FeudBot.Knowledge.Answers.Answer Ask(string question, string? languageHint = null)
        {
            ThreadName = Thread.CurrentThread.Name;
            ThreadId = Environment.CurrentManagedThreadId;
            return new FeudBot.Knowledge.Answers.Answer(question, "en", false, "no", FeudBot.Knowledge.Answers.QuestionIntent.What, [], [], null);
        }
    }
}
