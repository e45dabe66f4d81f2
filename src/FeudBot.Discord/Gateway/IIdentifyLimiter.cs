namespace FeudBot.Discord.Gateway;

/// <summary>
/// Gate before every IDENTIFY: at most <c>max_concurrency</c> per 5 s, bucket key <c>shard_id % max_concurrency</c>
/// (https://discord.com/developers/docs/events/gateway#sharding-max-concurrency). Register one instance per
/// process so every shard shares it; a cross-process coordinator can implement the same interface.
/// </summary>
public interface IIdentifyLimiter
{
    /// <summary>Returns when shard <paramref name="shardId"/> may send IDENTIFY now.</summary>
    ValueTask WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken);
}
