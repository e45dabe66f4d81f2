namespace FeudBot.Bot.Routing;

/// <summary>
/// The last N interaction ids seen. Discord may deliver an event more than once (and replays after a
/// RESUME), and answering twice is a 40060; remembering a few thousand ids costs a few tens of KB.
/// </summary>
public sealed class RecentIds(int capacity = 4096)
{
    private readonly HashSet<ulong> _set = new(capacity);
    private readonly Queue<ulong> _order = new(capacity);

    /// <summary>True the first time an id is seen; false for a duplicate.</summary>
    public bool Add(ulong id)
    {
        lock (_set)
        {
            if (!_set.Add(id)) return false;
            _order.Enqueue(id);
            if (_order.Count > capacity) _set.Remove(_order.Dequeue());
            return true;
        }
    }
}
