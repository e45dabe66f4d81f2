namespace FeudBot.FakeDiscord;

/// <summary>
/// A gateway session as Discord keeps it: an event log by sequence number that outlives connections,
/// so a RESUME replays what the client missed. Like Discord's, the log is bounded (the most recent
/// <see cref="FakeDiscordOptions.ReplayLogLimit"/> events).
/// </summary>
public sealed class FakeSession
{
    private readonly Queue<(long Seq, string Frame)> _log = new();

    internal FakeSession(string id, int shardId = 0, int shardCount = 1)
    {
        Id = id;
        ShardId = shardId;
        ShardCount = shardCount;
    }

    /// <summary>session_id.</summary>
    public string Id { get; }

    /// <summary>The shard id the client's IDENTIFY asked for (0 when it sent no <c>shard</c>).</summary>
    public int ShardId { get; }

    /// <summary>The shard count the client's IDENTIFY asked for (1 when it sent no <c>shard</c>).</summary>
    public int ShardCount { get; }

    /// <summary>Last sequence number used.</summary>
    public long LastSequence { get; private set; }

    /// <summary>The connection currently attached (identified or resumed), or null.</summary>
    public FakeGatewayConnection? Connection { get; internal set; }

    internal SemaphoreSlim Lock { get; } = new(1, 1);

    internal (long Seq, string Frame) Append(string eventName, string dataJson, int logLimit)
    {
        long seq = ++LastSequence;
        string frame = $"{{\"t\":\"{eventName}\",\"s\":{seq},\"op\":0,\"d\":{dataJson}}}";
        _log.Enqueue((seq, frame));
        while (_log.Count > Math.Max(0, logLimit)) _log.Dequeue();
        return (seq, frame);
    }

    internal IEnumerable<string> After(long seq) => _log.Where(e => e.Seq > seq).Select(e => e.Frame).ToArray();
}
