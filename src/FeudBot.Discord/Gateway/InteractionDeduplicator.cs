namespace FeudBot.Discord.Gateway;

/// <summary>
/// Remembers the last <see cref="Capacity"/> interaction ids so a replayed INTERACTION_CREATE
/// (Discord may deliver an event more than once, https://discord.com/developers/docs/reference#consistency)
/// reaches the handler once. Not thread-safe: the receive loop is its only caller.
/// </summary>
public sealed class InteractionDeduplicator(int capacity = 4096)
{
    private readonly HashSet<ulong> _seen = new(capacity);
    private readonly Queue<ulong> _order = new(capacity);

    /// <summary>How many ids are remembered.</summary>
    public int Capacity { get; } = capacity;

    /// <summary>Duplicates dropped so far.</summary>
    public long DuplicatesDropped { get; private set; }

    /// <summary>True the first time an id is seen; false for a duplicate.</summary>
    public bool TryAccept(ulong interactionId)
    {
        if (!_seen.Add(interactionId))
        {
            DuplicatesDropped++;
            return false;
        }

        _order.Enqueue(interactionId);
        if (_order.Count > Capacity)
        {
            _seen.Remove(_order.Dequeue());
        }

        return true;
    }
}
