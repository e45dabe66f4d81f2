using FeudBot.FakeDiscord;
using FeudBot.Tests.Llm.Fakes;

namespace FeudBot.Tests.EndToEnd;

/// <summary>The real host with <c>Llm:Enabled</c> pointing at a fake OpenAI-compatible server.</summary>
public sealed class ModelEndToEndTests
{
    [Fact]
    public async Task With_a_model_ask_defers_then_edits_in_a_checked_answer()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");
        await using var bot = await BotUnderTest.StartAsync(new()
        {
            ["Llm:Enabled"] = "true",
            ["Llm:Endpoint"] = model.BaseUrl.ToString(),
            ["Llm:Model"] = "fake-model",
        });

        var defer = await bot.InteractAsync(95, FakePayloads.SlashCommand(95, "ask", new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" }));
        Assert.Equal(5, defer.JsonBody.GetProperty("type").GetInt32());

        var edit = await bot.Discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("token-95", StringComparison.Ordinal), timeout: BotUnderTest.Timeout);
        WireAssert.MentionsNobody(edit.JsonBody);
        WireAssert.WithinLimits(edit.JsonBody);
        Assert.Contains("2024", edit.JsonBody.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(model.Requests);
    }
}
