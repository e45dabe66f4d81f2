namespace FeudBot.Benchmarks;

/// <summary>What answers the load harness's interactions: the real bot, or the floor client.</summary>
internal interface ILoadSubject : IAsyncDisposable
{
    string Describe(bool memo);

    /// <summary>Called before each timed run: puts the subject in the state that run should start from.</summary>
    void BeforeRun();
}
