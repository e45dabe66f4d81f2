using FeudBot.Bot.Knowledge;

namespace FeudBot.Hosting;

/// <summary>
/// Holds the current <see cref="KnowledgeState"/>; the worker sets it at start (and on reload), handlers
/// read it. A volatile reference swap: readers never see half a state and never take a lock.
/// </summary>
public sealed class KnowledgeHolder : IKnowledgeSource
{
    private volatile KnowledgeState? _state;

    public KnowledgeState Current => _state ?? throw new InvalidOperationException("The knowledge snapshot has not been loaded yet.");

    public bool IsLoaded => _state is not null;

    public void Set(KnowledgeState state) => _state = state ?? throw new ArgumentNullException(nameof(state));
}
