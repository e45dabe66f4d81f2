using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace FeudBot.FakeDiscord;

/// <summary>
/// Sharding as Discord does it (https://discord.com/developers/docs/events/gateway#sharding): each IDENTIFY
/// names <c>shard: [id, count]</c>; a guild's events go to shard <c>(guild_id &gt;&gt; 22) % count</c>, events
/// without a guild (DMs) to shard 0. Several bot processes (or one process with several connections) can
/// identify as different shards against one fake.
/// </summary>
public sealed partial class FakeDiscordServer
{
    private readonly ConcurrentDictionary<int, FakeSession> _shardSessions = new();

    /// <summary>The most recently identified session of each shard id.</summary>
    public IReadOnlyDictionary<int, FakeSession> ShardSessions => _shardSessions;

    /// <summary>The shard Discord routes <paramref name="guildId"/> to; 0 for no guild (DMs).</summary>
    public static int ShardFor(ulong guildId, int shardCount) =>
        guildId == 0 || shardCount <= 1 ? 0 : (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>
    /// The session a dispatch with <paramref name="dataJson"/> goes to: the current session while only one shard
    /// has identified; otherwise the session of the guild's shard (the <c>guild_id</c> of the data), shard 0 without one.
    /// </summary>
    public FakeSession SessionFor(string dataJson)
    {
        FakeSession current = CurrentSession ?? throw new InvalidOperationException("No session yet: wait for IDENTIFY (WaitForReadyAsync).");
        if (current.ShardCount <= 1 && _shardSessions.Count <= 1)
        {
            return current;
        }

        int shard = ShardFor(GuildIdOf(dataJson), current.ShardCount);
        return _shardSessions.TryGetValue(shard, out FakeSession? session)
            ? session
            : throw new InvalidOperationException($"No session for shard [{shard}, {current.ShardCount}] yet: wait for its IDENTIFY.");
    }

    private static (int ShardId, int ShardCount) ShardOf(GatewayFrame identify)
    {
        if (identify.D.ValueKind == JsonValueKind.Object
            && identify.D.TryGetProperty("shard", out JsonElement shard)
            && shard.ValueKind == JsonValueKind.Array && shard.GetArrayLength() == 2
            && shard[0].TryGetInt32(out int id) && shard[1].TryGetInt32(out int count) && count >= 1)
        {
            return (id, count);
        }

        return (0, 1);
    }

    private static ulong GuildIdOf(string dataJson)
    {
        using JsonDocument doc = JsonDocument.Parse(dataJson);
        return doc.RootElement.ValueKind == JsonValueKind.Object
            && doc.RootElement.TryGetProperty("guild_id", out JsonElement g)
            && g.ValueKind == JsonValueKind.String
            && ulong.TryParse(g.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong id)
            ? id
            : 0;
    }
}
