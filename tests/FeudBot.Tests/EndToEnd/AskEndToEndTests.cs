using FeudBot.FakeDiscord;
using FeudBot.Knowledge.Text;

namespace FeudBot.Tests.EndToEnd;

/// <summary>/ask, mentions and the command registration through the real host and the fake Discord.</summary>
public sealed class AskEndToEndTests
{
    [Theory]
    [InlineData("zh-TW", "馬斯克何時起訴OpenAI？", "zh-Hant", "來源")]
    [InlineData("zh-CN", "马斯克什么时候起诉OpenAI？", "zh-Hans", "来源")]
    [InlineData("en-US", "When did Musk sue OpenAI?", "en", "Sources")]
    public async Task Ask_answers_in_the_users_language_with_sources_and_no_pings(string locale, string question, string language, string sourcesLabel)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var request = await bot.InteractAsync(11, FakePayloads.SlashCommand(11, "ask", new Dictionary<string, string> { ["question"] = question }, locale: locale));

        Assert.Equal("POST", request.Method);
        Assert.Equal("interactions/11/token-11/callback", request.Path);
        Assert.Equal(4, request.JsonBody.GetProperty("type").GetInt32());
        var data = BotUnderTest.Data(request);
        WireAssert.MentionsNobody(data);
        WireAssert.WithinLimits(data);
        var embed = data.GetProperty("embeds")[0];
        var answer = embed.GetProperty("description").GetString()!;
        Assert.Contains("2024", answer, StringComparison.Ordinal);
        AssertScript(language, answer);
        var sources = WireAssert.Items(embed, "fields").Single(f => f.GetProperty("name").GetString() == sourcesLabel).GetProperty("value").GetString()!;
        Assert.Matches(@"^\[\d+\] \[.+\]\(https://", sources);
    }

    [Fact]
    public async Task Interaction_tokens_never_reach_the_logs_even_at_debug()
    {
        // An interaction token lets anyone answer or edit as the bot for 15 minutes, and it is part of the
        // callback URL: the HTTP client must not log request URLs.
        await using var bot = await BotUnderTest.StartAsync();

        await bot.InteractAsync(12, FakePayloads.SlashCommand(12, "ask", new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" }));

        for (var i = 0; i < 500 && !bot.Logs.Collector.GetSnapshot().Any(r => r.Category!.EndsWith("InteractionResponder", StringComparison.Ordinal)); i++) await Task.Delay(10);
        var records = bot.Logs.Collector.GetSnapshot();
        Assert.Contains(records, r => r.Message.Contains("12", StringComparison.Ordinal) && r.Category!.EndsWith("InteractionResponder", StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => r.Message.Contains("token-12", StringComparison.Ordinal)
            || r.StructuredState?.Any(kv => kv.Value?.Contains("token-12", StringComparison.Ordinal) == true) == true);
    }

    [Fact]
    public async Task A_mention_gets_a_reply_to_that_message_and_bots_are_ignored()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var botId = bot.Discord.Options.BotUserId;

        await bot.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(71, $"<@{botId}> answer me", authorIsBot: true, mentionUserIds: botId));
        await bot.Discord.DispatchAsync("MESSAGE_CREATE", FakePayloads.MessageCreate(72, $"<@{botId}> When did Musk found xAI?", mentionUserIds: botId));

        var reply = await bot.Discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"channels/{FakePayloads.ChannelId}/messages", timeout: BotUnderTest.Timeout);
        var body = reply.JsonBody;
        Assert.Equal("72", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        WireAssert.MentionsNobody(body);
        WireAssert.WithinLimits(body);
        Assert.Contains("2023", body.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        // The bot's message (71) came first and got nothing: only one reply in all.
        Assert.Equal(1, bot.Discord.Requests.CountWhere(r => r.Path.StartsWith("channels/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Commands_are_registered_globally_with_localizations_and_dm_contexts()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var put = bot.Discord.Requests.Snapshot().Single(r => r.Method == "PUT");
        Assert.Equal($"applications/{bot.Discord.Options.ApplicationId}/commands", put.Path);
        var commands = put.JsonBody.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["about", "ask", "sources", "summary", "timeline"], commands.Keys.Order());
        Assert.Equal("摘要", commands["summary"].GetProperty("name_localizations").GetProperty("zh-CN").GetString());
        Assert.Equal([0, 1, 2], commands["summary"].GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
        var ask = commands["ask"];
        Assert.Equal("提問", ask.GetProperty("name_localizations").GetProperty("zh-TW").GetString());
        Assert.Equal("提问", ask.GetProperty("name_localizations").GetProperty("zh-CN").GetString());
        Assert.Equal([0, 1, 2], ask.GetProperty("contexts").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([0, 1], ask.GetProperty("integration_types").EnumerateArray().Select(e => e.GetInt32()));
        var timelineOptions = commands["timeline"].GetProperty("options").EnumerateArray().ToArray();
        Assert.True(timelineOptions.Single(o => o.GetProperty("name").GetString() == "year").GetProperty("autocomplete").GetBoolean());
    }

    [Fact]
    public async Task With_a_guild_id_commands_go_to_that_guild()
    {
        await using var bot = await BotUnderTest.StartAsync(new() { ["Discord:GuildId"] = "123456789012345678" });
        var put = bot.Discord.Requests.Snapshot().Single(r => r.Method == "PUT");
        Assert.Equal($"applications/{bot.Discord.Options.ApplicationId}/guilds/123456789012345678/commands", put.Path);
    }

    [Fact]
    public async Task The_gateway_asks_for_message_intents_but_not_message_content()
    {
        await using var bot = await BotUnderTest.StartAsync();
        var identify = await bot.Discord.WaitForOpAsync(2, timeout: BotUnderTest.Timeout);
        var intents = identify.D.GetProperty("intents").GetInt32();
        Assert.Equal(1 << 9, intents & (1 << 9));    // GUILD_MESSAGES
        Assert.Equal(1 << 12, intents & (1 << 12));  // DIRECT_MESSAGES
        Assert.Equal(0, intents & (1 << 15));        // MESSAGE_CONTENT
    }

    [Fact]
    public async Task Cooldown_gives_a_polite_private_reply()
    {
        await using var bot = await BotUnderTest.StartAsync(new() { ["Bot:Cooldown:MaxQuestions"] = "2", ["Bot:Cooldown:Window"] = "00:01:00" });
        var ask = (ulong id) => FakePayloads.SlashCommand(id, "ask", new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" });

        await bot.InteractAsync(21, ask(21));
        await bot.InteractAsync(22, ask(22));
        var third = BotUnderTest.Data(await bot.InteractAsync(23, ask(23)));

        Assert.Equal(64, third.GetProperty("flags").GetInt32());
        Assert.StartsWith("You're asking faster than I can keep up. Please wait", third.GetProperty("content").GetString(), StringComparison.Ordinal);
        WireAssert.MentionsNobody(third);
    }

    [Fact]
    public async Task A_burst_larger_than_the_concurrency_is_answered_once_each_with_every_answer_computed()
    {
        // Two at a time, no answer cache: 40 interactions wait in the bot's queue and each goes through the engine.
        await using var bot = await BotUnderTest.StartAsync(new() { ["Bot:MaxConcurrency"] = "2", ["Bot:AnswerCacheSize"] = "0" });
        var ids = Enumerable.Range(301, 42).Select(i => (ulong)i).ToArray();
        string[] questions = ["When did Musk sue OpenAI?", "馬斯克何時起訴OpenAI？", "xAI是哪一年成立的？"];

        foreach (var id in ids)
        {
            await bot.Discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand(id, "ask",
                new Dictionary<string, string> { ["question"] = questions[id % 3] }, userId: 5_000 + id));
        }

        foreach (var id in ids)
        {
            var reply = BotUnderTest.Data(await bot.Discord.WaitForRequestAsync(r => r.Path.StartsWith($"interactions/{id}/", StringComparison.Ordinal), timeout: BotUnderTest.Timeout));
            Assert.Contains(id % 3 == 2 ? "2023" : "2024", reply.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        Assert.All(ids, id => Assert.Equal(1, bot.Discord.Requests.CountWhere(r => r.Path.StartsWith($"interactions/{id}/", StringComparison.Ordinal))));
    }

    private static void AssertScript(string language, string text)
    {
        var runes = text.EnumerateRunes().Select(r => r.Value).ToArray();
        switch (language)
        {
            case "zh-Hant":
                Assert.Contains(runes, ChineseFold.IsTraditionalOnly);
                break;
            case "zh-Hans":
                Assert.DoesNotContain(runes, ChineseFold.IsTraditionalOnly);
                Assert.Contains(runes, ChineseFold.IsSimplifiedOnly);
                break;
            default:
                Assert.DoesNotContain(runes, r => r >= 0x4E00 && r <= 0x9FFF);
                break;
        }
    }
}
