using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>After a resume Discord may replay events the client already had; interactions reach consumers once.</summary>
public sealed class InteractionReplayTests
{
    [Fact]
    public async Task Replayed_interactions_are_dropped_by_id_and_order_is_kept()
    {
        await using GatewayHarness h = await GatewayHarness.StartAsync(fake: f => f.ResumeReplayOverlap = 3);
        await h.WaitActiveAsync();
        for (ulong id = 1; id <= 5; id++)
        {
            await h.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(id, "ping"));
        }

        await Eventually.TrueAsync(() => h.Client.Sequence == 6, "five interactions received");
        h.Discord.CurrentConnection!.Abort();
        await h.Discord.WaitForOpAsync(6);
        await h.WaitActiveAsync();
        await h.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(6, "ping"));

        var ids = new List<ulong>();
        while (ids.Count < 6)
        {
            GatewayDispatch dispatch = await h.Client.Dispatches.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            if (dispatch is InteractionCreateDispatch interaction)
            {
                ids.Add(interaction.Interaction.Id);
            }
        }

        Assert.Equal([1UL, 2, 3, 4, 5, 6], ids);
        Assert.Equal(3, h.Client.DuplicateInteractionsDropped);
    }

    [Fact]
    public void Deduplicator_forgets_the_oldest_ids_beyond_capacity()
    {
        var dedupe = new InteractionDeduplicator(capacity: 2);

        Assert.True(dedupe.TryAccept(1));
        Assert.False(dedupe.TryAccept(1));
        Assert.True(dedupe.TryAccept(2));
        Assert.True(dedupe.TryAccept(3)); // evicts 1
        Assert.True(dedupe.TryAccept(1));
        Assert.Equal(1, dedupe.DuplicatesDropped);
    }
}
