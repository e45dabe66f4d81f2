using System.Globalization;
using FeudBot.FakeDiscord;
using Xunit.Abstractions;

namespace FeudBot.Tests.ScaleOut;

/// <summary>
/// Scale-out (issue 7): two bot processes, <c>Discord__ShardId</c> 0 and 1 of <c>Discord__ShardCount</c> 2, against one
/// fake Discord that routes like Discord (guild → shard <c>(guild_id &gt;&gt; 22) % 2</c>, DMs → shard 0). Every
/// interaction is answered exactly once, by the process whose shard owns its guild.
/// </summary>
public sealed class TwoShardProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_guild_is_answered_by_exactly_one_process_the_one_owning_its_shard()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        await using FakeDiscordServer discord = await FakeDiscordServer.StartAsync();
        string root = BotProcess.RepositoryRoot();
        BotProcess[] bots = [.. Enumerable.Range(0, 2).Select(shard => BotProcess.Start($"shard {shard}", new Dictionary<string, string>
        {
            ["Discord__Token"] = "scale-out-token",
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord__ShardId"] = shard.ToString(CultureInfo.InvariantCulture),
            ["Discord__ShardCount"] = "2",
            ["Knowledge__Path"] = Path.Combine(root, "knowledge"),
            ["Knowledge__Watch"] = "false",
            ["Health__Enabled"] = "false",
            ["Bot__AnswerMentions"] = "false",
        }))];
        try
        {
            // Shard 1 identifies in its slot, 5 s after its process started (IdentifySchedule).
            await WaitUntilAsync(() => discord.ShardSessions.Count == 2, "both shards identified", bots);
            Assert.Equal([0, 1], discord.ShardSessions.Keys.Order());
            Assert.All(discord.ShardSessions.Values, s => Assert.Equal(2, s.ShardCount));

            // Guild ids whose shard alternates, with varied low bits; one DM (no guild) goes to shard 0.
            ulong[] guilds = [.. Enumerable.Range(0, 24).Select(i => ((ulong)(1000 + i) << 22) + ((ulong)i * 37))];
            var owner = guilds.Select((g, i) => (Id: 9_000_000UL + (ulong)i, Guild: g)).ToList();
            owner.Add((9_999_999UL, 0UL));
            foreach ((ulong id, ulong guild) in owner)
            {
                string payload = FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = "Who founded OpenAI, and when?" },
                    guildId: guild, userId: 80_000_000_000_000_000 + id);
                await discord.DispatchAsync("INTERACTION_CREATE", payload);
            }

            foreach ((ulong id, _) in owner)
            {
                await discord.WaitForRequestAsync(r => IsCallback(r, id), timeout: Patience);
            }

            await Task.Delay(500); // a second answer, if any, would arrive now
            var shard0 = bots[0].HandledInteractions();
            var shard1 = bots[1].HandledInteractions();
            foreach ((ulong id, ulong guild) in owner)
            {
                Assert.Equal(1, discord.Requests.CountWhere(r => IsCallback(r, id)));
                int expected = FakeDiscordServer.ShardFor(guild, 2);
                Assert.True((expected == 0 ? shard0 : shard1).Contains(id), $"interaction {id} (guild {guild}) not handled by shard {expected}");
                Assert.False((expected == 0 ? shard1 : shard0).Contains(id), $"interaction {id} (guild {guild}) also handled by the other shard");
            }

            Assert.True(shard0.Count > 1 && shard1.Count > 1, $"the guilds did not spread: {shard0.Count} / {shard1.Count}");
            output.WriteLine($"shard 0 answered {shard0.Count}, shard 1 answered {shard1.Count} of {owner.Count}");
            await Task.WhenAll(bots.Select(b => b.StopAsync(TimeSpan.FromSeconds(15))));
            Assert.All(bots, b => Assert.Equal(0, b.ExitCode));
        }
        finally
        {
            foreach (BotProcess bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }

    private static bool IsCallback(RecordedRequest request, ulong id) =>
        request.Method == "POST" && request.Path.StartsWith($"interactions/{id.ToString(CultureInfo.InvariantCulture)}/", StringComparison.Ordinal);

    private static async Task WaitUntilAsync(Func<bool> condition, string what, BotProcess[] bots)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            if (timeout.IsCancellationRequested || bots.Any(b => b.HasExited))
            {
                string logs = string.Join("\n", bots.Select(b => $"--- {b.Name}{(b.HasExited ? $" (exited {b.ExitCode})" : "")}:\n{Tail(b.Output)}"));
                Assert.Fail($"Timed out or a process exited waiting for: {what}\n{logs}");
            }

            await Task.Delay(50);
        }
    }

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(15));
}
