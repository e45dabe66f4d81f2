using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>
/// A shard range in one process (<c>Discord:ShardIds</c>) against the fake Discord, which routes like Discord:
/// a guild's events to shard <c>(guild_id &gt;&gt; 22) % count</c>, DMs to shard 0.
/// </summary>
public sealed class ShardedGatewayTests
{
    [Fact]
    public async Task Each_guild_reaches_only_its_shard_and_identifies_keep_the_slots()
    {
        await using FakeDiscordServer discord = await FakeDiscordServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddDiscordGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Token"] = "shard-token",
            ["ApiBaseUrl"] = discord.ApiBaseUrl,
            ["ShardCount"] = "2",
            ["ShardIds"] = "0-1",
        }).Build());
        await using ServiceProvider provider = services.BuildServiceProvider();
        DiscordShardSet set = provider.GetRequiredService<DiscordShardSet>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Task run = Task.Run(() => set.RunAsync(stop.Token));

        await discord.WaitForReadyAsync(1);
        await Eventually.QuietPeriodAsync();
        Assert.Equal(1, discord.IdentifyCount); // shard 1 waits for its slot, 5 s after start
        await Eventually.AdvanceUntilAsync(time, () => discord.IdentifyCount == 2, "shard 1 identifies", TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(6));
        Assert.InRange(time.GetUtcNow() - time.Start, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5.2));
        await Eventually.TrueAsync(() => set.Shards.All(s => s.State == GatewayConnectionState.Active), "both shards active");
        Assert.Equal([0, 1], discord.ShardSessions.Keys.Order());

        ulong[] guilds = [.. Enumerable.Range(1, 12).Select(i => ((ulong)i << 22) + 7)];
        foreach (ulong guild in guilds)
        {
            await discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(guild, "ask", guildId: guild));
        }

        await discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(99, "ask", guildId: 0));

        Dictionary<ulong, int> seenBy = [];
        for (int shard = 0; shard < 2; shard++)
        {
            int expected = guilds.Count(g => FakeDiscordServer.ShardFor(g, 2) == shard) + (shard == 0 ? 1 : 0);
            for (int n = 0; n < expected; n++)
            {
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                GatewayDispatch dispatch;
                do
                {
                    dispatch = await set.Shards[shard].Dispatches.ReadAsync(wait.Token);
                }
                while (dispatch is not InteractionCreateDispatch);

                seenBy.Add(((InteractionCreateDispatch)dispatch).Interaction.Id, shard);
            }
        }

        Assert.Equal(guilds.Length + 1, seenBy.Count);
        Assert.All(guilds, g => Assert.Equal((int)((g >> 22) % 2), seenBy[g]));
        Assert.Equal(0, seenBy[99]); // a DM goes to shard 0
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
