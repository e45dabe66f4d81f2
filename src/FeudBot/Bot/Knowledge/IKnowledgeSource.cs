namespace FeudBot.Bot.Knowledge;

/// <summary>
/// Where handlers get the knowledge they answer from. <see cref="Current"/> is read once per interaction,
/// so a reload never mixes two snapshots within one reply.
/// </summary>
public interface IKnowledgeSource
{
    /// <summary>The current state; throws <see cref="InvalidOperationException"/> before the first load.</summary>
    KnowledgeState Current { get; }
}
