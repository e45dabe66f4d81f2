using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;

namespace FeudBot.Tests.Bot;

public sealed class TimelineCustomIdTests
{
    [Theory]
    [InlineData(TimelineAction.First, 1, null, null, null)]
    [InlineData(TimelineAction.Next, 3, 2025, "musk", null)]
    [InlineData(TimelineAction.Last, 12, null, null, "lawsuit")]
    [InlineData(TimelineAction.Select, 2, 2024, "altman", "商業機密: 挖角")]
    public void Round_trips(TimelineAction action, int page, int? year, string? person, string? topic)
    {
        var query = new TimelineQuery(page, year, person, topic);
        var id = TimelineCustomId.Encode(action, query);

        Assert.StartsWith("tl1:", id);
        Assert.True(TimelineCustomId.TryDecode(id, out var decodedAction, out var decoded));
        Assert.Equal(action, decodedAction);
        Assert.Equal(query, decoded);
    }

    [Fact]
    public void The_longest_query_fits_in_100_characters()
    {
        var query = new TimelineQuery(TimelineCustomId.MaxPage, TimelineQuery.MaxYear, new string('p', 32), new string('長', 200));
        var id = TimelineCustomId.Encode(TimelineAction.Previous, query);

        Assert.InRange(id.Length, 1, DiscordLimits.CustomIdLength);
        Assert.True(TimelineCustomId.TryDecode(id, out _, out var decoded));
        Assert.Equal(TimelineQuery.TopicMaxLength, decoded.Topic!.Length);
    }

    [Fact]
    public void Buttons_of_one_page_get_distinct_ids_even_for_the_same_target()
    {
        var q = new TimelineQuery(1);
        var ids = Enum.GetValues<TimelineAction>().Select(a => TimelineCustomId.Encode(a, q)).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tl0:n:2::::")]
    [InlineData("tl2:n:2:::")]
    [InlineData("tl1:")]
    [InlineData("tl1:n:2")]
    [InlineData("tl1:x:2:::")]
    [InlineData("tl1:n:0:::")]
    [InlineData("tl1:n:-1:::")]
    [InlineData("tl1:n:+1:::")]
    [InlineData("tl1:n:01:::")]
    [InlineData("tl1:n:99999999999:::")]
    [InlineData("tl1:n: 2:::")]
    [InlineData("tl1:n:2:1800::")]
    [InlineData("tl1:n:2:20x5::")]
    [InlineData("tl1:n:2::Musk Elon:")]
    [InlineData("tl1:n:2::../../etc:")]
    [InlineData("tl1:n:2:::\u0000bad")]
    [InlineData("tl1:n:2::: padded")]
    [InlineData("tl1:n:2:::01234567890123456789012345678901234567890")]
    [InlineData("other:thing")]
    public void Rejects_tampered_or_foreign_ids(string? id)
    {
        Assert.False(TimelineCustomId.TryDecode(id, out _, out var query));
        Assert.Equal(1, query.Page);
    }

    [Fact]
    public void Rejects_ids_over_the_discord_limit() =>
        Assert.False(TimelineCustomId.TryDecode("tl1:n:2:::" + new string('a', 95), out _, out _));

    [Fact]
    public void Refuses_to_encode_a_person_id_that_could_not_be_decoded() =>
        Assert.Throws<ArgumentException>(() => TimelineCustomId.Encode(TimelineAction.Next, new TimelineQuery(1, Person: "a:b")));
}
