using FeudBot.FakeDiscord;
using FeudBot.Tests.Llm.Fakes;

namespace FeudBot.Tests.EndToEnd;

/// <summary><c>/summary</c> and the model quota through the real host, the repository's note and the fake Discord.</summary>
public sealed class SummaryEndToEndTests
{
    private static Dictionary<string, string?> ModelSettings(FakeOpenAiServer model, int perHour = 30) => new()
    {
        ["Llm:Enabled"] = "true",
        ["Llm:Endpoint"] = model.BaseUrl.ToString(),
        ["Llm:Model"] = "fake-model",
        ["Llm:MaxRequestsPerUserPerHour"] = perHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> Options(params (string Name, string Value)[] options) =>
        options.ToDictionary(o => o.Name, o => o.Value);

    [Theory]
    [InlineData("en-US", "Overall, Musk has never got over", "2024: Musk sues OpenAI")]
    [InlineData("zh-CN", "总而言之", "马斯克")]
    public async Task Without_a_model_summary_answers_inline_with_the_notes_summary_the_titles_and_sources(string locale, string summary, string title)
    {
        await using var bot = await BotUnderTest.StartAsync();

        var request = await bot.InteractAsync(31, FakePayloads.SlashCommand(31, "summary", locale: locale));

        Assert.Equal(4, request.JsonBody.GetProperty("type").GetInt32());
        var data = BotUnderTest.Data(request);
        WireAssert.MentionsNobody(data);
        WireAssert.WithinLimits(data);
        var embed = data.GetProperty("embeds")[0];
        var description = embed.GetProperty("description").GetString()!;
        Assert.StartsWith(summary, description, StringComparison.Ordinal);
        Assert.Contains(title, description, StringComparison.Ordinal);
        if (locale == "zh-CN") Assert.DoesNotContain("馬斯克", description, StringComparison.Ordinal);
        Assert.Contains(WireAssert.Items(embed, "fields"), f => f.GetProperty("value").GetString()!.Contains("](https://", StringComparison.Ordinal));
        Assert.Contains("2025", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal); // the as-of date
    }

    [Fact]
    public async Task A_year_without_events_gets_a_localized_private_message()
    {
        await using var bot = await BotUnderTest.StartAsync();

        var request = await bot.InteractAsync(32, FakePayloads.SlashCommand(32, "summary", Options(("year", "2031")), locale: "zh-TW"));

        var data = BotUnderTest.Data(request);
        WireAssert.MentionsNobody(data);
        Assert.Equal(64, data.GetProperty("flags").GetInt32() & 64);
        Assert.Contains("2031", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("/摘要", data.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_model_summary_defers_then_edits_in_checked_ai_text_with_linked_sources()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");
        await using var bot = await BotUnderTest.StartAsync(ModelSettings(model));

        var defer = await bot.InteractAsync(33, FakePayloads.SlashCommand(33, "summary"));
        Assert.Equal(5, defer.JsonBody.GetProperty("type").GetInt32());

        var edit = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("token-33", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);
        WireAssert.MentionsNobody(edit.JsonBody);
        WireAssert.WithinLimits(edit.JsonBody);
        var embed = edit.JsonBody.GetProperty("embeds")[0];
        Assert.StartsWith("Musk sued OpenAI and Altman in 2024 [[1]](<https://", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("AI-generated summary", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task With_a_model_an_unverifiable_summary_falls_back_to_the_notes_text()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI in 1999 [1].");
        await using var bot = await BotUnderTest.StartAsync(ModelSettings(model));

        await bot.InteractAsync(34, FakePayloads.SlashCommand(34, "summary", Options(("year", "2025"))));

        var edit = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("token-34", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);
        var embed = edit.JsonBody.GetProperty("embeds")[0];
        var description = embed.GetProperty("description").GetString()!;
        Assert.DoesNotContain("1999", description, StringComparison.Ordinal);
        Assert.Contains("- 2025-02", description, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-", description, StringComparison.Ordinal);
        Assert.StartsWith("From the knowledge note", embed.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_the_per_user_model_quota_ask_serves_the_extractive_answer_with_a_note()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");
        await using var bot = await BotUnderTest.StartAsync(ModelSettings(model, perHour: 1));
        var question = Options(("question", "When did Musk sue OpenAI?"));

        await bot.InteractAsync(35, FakePayloads.SlashCommand(35, "ask", question));
        var first = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("token-35", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);
        await bot.InteractAsync(36, FakePayloads.SlashCommand(36, "ask", question));
        var second = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("token-36", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);

        Assert.StartsWith("AI-generated", Footer(first), StringComparison.Ordinal);
        Assert.StartsWith("From the knowledge note", Footer(second), StringComparison.Ordinal);
        Assert.EndsWith("this one comes straight from the note.", Footer(second), StringComparison.Ordinal);
        Assert.Contains("2024", second.JsonBody.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Single(model.Requests); // the quota is checked before the model is called
        WireAssert.MentionsNobody(second.JsonBody);
    }

    private static string Footer(FeudBot.FakeDiscord.RecordedRequest request) =>
        request.JsonBody.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString()!;
}
