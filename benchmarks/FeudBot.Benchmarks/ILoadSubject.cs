namespace FeudBot.Benchmarks;

/// <summary>What answers the load harness's interactions: the real bot, or the floor client.</summary>
internal interface ILoadSubject : IAsyncDisposable
{
    string Describe(bool memo);
}
