using System.Text.Json;
using FeudBot.FakeDiscord;

namespace FeudBot.Tests.EndToEnd;

/// <summary>/timeline, its buttons and select, autocomplete, and buttons that outlive the process.</summary>
public sealed class TimelineEndToEndTests
{
    [Fact]
    public async Task Timeline_then_next_updates_in_place_then_select_opens_one_event_privately()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var first = BotUnderTest.Data(await bot.InteractAsync(31, FakePayloads.SlashCommand(31, "timeline")));
        WireAssert.WithinLimits(first);
        WireAssert.MentionsNobody(first);
        Assert.StartsWith("Page 1 of ", Footer(first), StringComparison.Ordinal);
        var next = Button(first, "Next");

        var update = await bot.InteractAsync(32, FakePayloads.ButtonClick(32, next));
        Assert.Equal(7, update.JsonBody.GetProperty("type").GetInt32());
        var second = BotUnderTest.Data(update);
        WireAssert.WithinLimits(second);
        Assert.StartsWith("Page 2 of ", Footer(second), StringComparison.Ordinal);

        var select = second.GetProperty("components")[1].GetProperty("components")[0];
        var option = select.GetProperty("options")[0];
        var detail = await bot.InteractAsync(33, FakePayloads.SelectChoice(33, select.GetProperty("custom_id").GetString()!, [option.GetProperty("value").GetString()!]));
        Assert.Equal(4, detail.JsonBody.GetProperty("type").GetInt32());
        var data = BotUnderTest.Data(detail);
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        WireAssert.MentionsNobody(data);
        WireAssert.WithinLimits(data);
        Assert.Contains(WireAssert.Items(data.GetProperty("embeds")[0], "fields"), f => f.GetProperty("name").GetString() == "Sources");
    }

    [Fact]
    public async Task Simplified_readers_get_the_timeline_in_simplified_characters()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var data = BotUnderTest.Data(await bot.InteractAsync(35, FakePayloads.SlashCommand(35, "timeline", locale: "zh-CN")));

        var embed = data.GetProperty("embeds")[0];
        var text = embed.GetProperty("title").GetString() + embed.GetProperty("description").GetString();
        Assert.DoesNotContain(text.EnumerateRunes(), r => Knowledge.Text.ChineseFold.IsTraditionalOnly(r.Value));
        Assert.StartsWith("第 1 页，共 ", Footer(data), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_buttons_still_work_after_the_host_restarts()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var first = BotUnderTest.Data(await bot.InteractAsync(41, FakePayloads.SlashCommand(41, "timeline")));
        var last = Button(first, "Last");

        await bot.RestartAsync();
        var update = await bot.InteractAsync(42, FakePayloads.ButtonClick(42, last));

        Assert.Equal(7, update.JsonBody.GetProperty("type").GetInt32());
        var footer = Footer(BotUnderTest.Data(update));
        var parts = footer.Split(' ');
        Assert.Equal(parts[1], parts[3]); // "Page N of N"
        Assert.Equal(2, bot.Discord.IdentifyCount);
    }

    [Theory]
    [InlineData("year", "")]
    [InlineData("year", "202")]
    [InlineData("person", "")]
    [InlineData("person", "alt")]
    public async Task Autocomplete_answers_type_8_with_at_most_25_choices(string option, string typed)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var request = await bot.InteractAsync(51, FakePayloads.Autocomplete(51, "timeline", option, typed));

        Assert.Equal(8, request.JsonBody.GetProperty("type").GetInt32());
        var choices = BotUnderTest.Data(request).GetProperty("choices").EnumerateArray().ToArray();
        Assert.InRange(choices.Length, 1, 25);
        if (option == "person" && typed == "alt") Assert.Equal("altman", Assert.Single(choices).GetProperty("value").GetString());
        if (option == "year") Assert.All(choices, c => Assert.StartsWith(typed, c.GetProperty("value").GetString(), StringComparison.Ordinal));
    }

    private static string Footer(JsonElement data) => data.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString()!;

    private static string Button(JsonElement data, string label) =>
        data.GetProperty("components")[0].GetProperty("components").EnumerateArray()
            .Single(b => b.GetProperty("label").GetString() == label).GetProperty("custom_id").GetString()!;
}
