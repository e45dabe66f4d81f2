namespace FeudBot.Discord.Gateway;

/// <summary>
/// When a shard may IDENTIFY, computed from its own shard id only, so processes that share no service still
/// keep Discord's identify concurrency between them
/// (https://discord.com/developers/docs/events/gateway#sharding-max-concurrency, ../shared/docs/discord-protocol.md §1.5, §1.10):
/// <list type="bullet">
/// <item>shards fall into <c>max_concurrency</c> rate-limit buckets, <c>shard_id % max_concurrency</c>;</item>
/// <item>each bucket allows one IDENTIFY per <see cref="Window"/> (5 s); more is answered with op 9 and counts
/// against the 1000 identifies a day whose exhaustion resets the token;</item>
/// <item>buckets are started in order, so shard <c>k</c> takes slot <c>floor(k / max_concurrency)</c> of its bucket
/// and first identifies no earlier than <see cref="FirstIdentifyDelay"/> = slot × 5 s after its process started.</item>
/// </list>
/// Replicas started together (a StatefulSet with <c>podManagementPolicy: Parallel</c>, one compose file) thus never
/// share a bucket's 5 s window; replicas started one after another only add to the spacing.
/// </summary>
public static class IdentifySchedule
{
    /// <summary>The identify window of one bucket.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>The rate-limit bucket of <paramref name="shardId"/>: <c>shard_id % max_concurrency</c>.</summary>
    public static int Bucket(int shardId, int maxConcurrency) => shardId % Math.Max(1, maxConcurrency);

    /// <summary>The shard's slot in its bucket: <c>floor(shard_id / max_concurrency)</c>.</summary>
    public static int Slot(int shardId, int maxConcurrency) => shardId / Math.Max(1, maxConcurrency);

    /// <summary>How long after process start the shard's first IDENTIFY may go out: slot × 5 s.</summary>
    public static TimeSpan FirstIdentifyDelay(int shardId, int maxConcurrency) => Window * Slot(shardId, maxConcurrency);
}
