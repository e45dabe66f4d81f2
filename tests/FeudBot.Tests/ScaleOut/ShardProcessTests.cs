using System.Globalization;
using FeudBot.FakeDiscord;
using Xunit.Abstractions;

namespace FeudBot.Tests.ScaleOut;

/// <summary>
/// Scale-out (issue 7): bot processes on the shards of <c>Discord__ShardCount</c> 2 (two processes with
/// <c>Discord__ShardId</c> 0 and 1, or one with <c>Discord__ShardIds</c> "0-1") against one fake Discord that routes
/// like Discord (guild → shard <c>(guild_id &gt;&gt; 22) % 2</c>, DMs → shard 0). Every interaction is answered
/// exactly once, by the process whose shard owns its guild.
/// </summary>
public sealed class ShardProcessTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public Task Every_guild_is_answered_by_exactly_one_process_the_one_owning_its_shard() =>
        RunAsync([("0", [0]), ("1", [1])], (shards, env) => env["Discord__ShardId"] = shards);

    [Fact]
    public Task One_process_with_a_shard_range_answers_the_guilds_of_both_shards() =>
        RunAsync([("0-1", [0, 1])], (shards, env) => env["Discord__ShardIds"] = shards);

    /// <summary>
    /// Starts one process per entry of <paramref name="processes"/> (its shard setting and the shards it owns), sends
    /// /ask from many guilds and a DM, and checks that each is answered once, by the process owning the guild's shard.
    /// </summary>
    private async Task RunAsync((string Setting, int[] Owns)[] processes, Action<string, Dictionary<string, string>> setShards)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        await using FakeDiscordServer discord = await FakeDiscordServer.StartAsync();
        string root = BotProcess.RepositoryRoot();
        BotProcess[] bots = [.. processes.Select(p =>
        {
            var environment = new Dictionary<string, string>
            {
                ["Discord__Token"] = "scale-out-token",
                ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
                ["Discord__ShardCount"] = "2",
                ["Knowledge__Path"] = Path.Combine(root, "knowledge"),
                ["Knowledge__Watch"] = "false",
                ["Health__Enabled"] = "false",
                ["Bot__AnswerMentions"] = "false",
            };
            setShards(p.Setting, environment);
            return BotProcess.Start($"shards {p.Setting}", environment);
        })];
        try
        {
            // Shard 1 identifies in its slot, 5 s after its process started (IdentifySchedule).
            await WaitUntilAsync(() => discord.ShardSessions.Count == 2, "both shards identified", bots);
            Assert.Equal([0, 1], discord.ShardSessions.Keys.Order());
            Assert.All(discord.ShardSessions.Values, s => Assert.Equal(2, s.ShardCount));

            // Guild ids whose shard alternates, with varied low bits; one DM (no guild) goes to shard 0.
            ulong[] guilds = [.. Enumerable.Range(0, 24).Select(i => ((ulong)(1000 + i) << 22) + ((ulong)i * 37))];
            var sent = guilds.Select((g, i) => (Id: 9_000_000UL + (ulong)i, Guild: g)).ToList();
            sent.Add((9_999_999UL, 0UL));
            foreach ((ulong id, ulong guild) in sent)
            {
                string payload = FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = "Who founded OpenAI, and when?" },
                    guildId: guild, userId: 80_000_000_000_000_000 + id);
                await discord.DispatchAsync("INTERACTION_CREATE", payload);
            }

            foreach ((ulong id, _) in sent)
            {
                await discord.WaitForRequestAsync(r => IsCallback(r, id), timeout: Patience);
            }

            await Task.Delay(500); // a second answer, if any, would arrive now
            IReadOnlySet<ulong>[] handled = [.. bots.Select(b => b.HandledInteractions())];
            foreach ((ulong id, ulong guild) in sent)
            {
                Assert.Equal(1, discord.Requests.CountWhere(r => IsCallback(r, id)));
                int shard = FakeDiscordServer.ShardFor(guild, 2);
                int[] answeredBy = [.. Enumerable.Range(0, bots.Length).Where(b => handled[b].Contains(id))];
                Assert.True(answeredBy.Length == 1 && processes[answeredBy[0]].Owns.Contains(shard),
                    $"interaction {id} (guild {guild}, shard {shard}) handled by process(es) [{string.Join(", ", answeredBy)}]");
            }

            // Commands are the application's: registered once, by shard 0's process, not once per shard.
            Assert.Equal(1, discord.Requests.CountWhere(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal)));
            Assert.All(handled, h => Assert.True(h.Count > 1, $"the guilds did not spread: {string.Join(" / ", handled.Select(x => x.Count))}"));
            output.WriteLine($"answered per process: {string.Join(" / ", handled.Select(h => h.Count))} of {sent.Count}");
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
