using System.Text.Json;
using FeudBot.Discord.Builders;
using FeudBot.Discord.Models;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Rest;

/// <summary>Each endpoint's method, path, headers and body as the fake receives them.</summary>
public sealed class RestEndpointTests
{
    [Fact]
    public async Task Bot_routes_send_bot_authorization_and_discord_user_agent()
    {
        await using RestHarness h = await RestHarness.StartAsync();

        var info = await h.Client.GetGatewayBotAsync();

        RecordedRequest request = await h.Discord.WaitForRequestAsync(r => r.Path == "gateway/bot");
        Assert.Equal($"Bot {GatewayHarness.Token}", request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal(h.Discord.GatewayUrl.ToString(), info.Url);
        Assert.Equal(1, info.SessionStartLimit!.MaxConcurrency);
    }

    [Fact]
    public async Task Interaction_callbacks_of_every_type_post_to_the_callback_route_without_the_bot_token()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        MessagePayload message = new MessageBuilder().WithContent("hi @everyone").AddEmbed(new EmbedBuilder().WithTitle("T").Build()).Build();
        InteractionResponse[] responses =
        [
            InteractionResponse.Message(message),
            InteractionResponse.Deferred(ephemeral: true),
            InteractionResponse.DeferredUpdate(),
            InteractionResponse.Update(message),
            InteractionResponse.Autocomplete(Enumerable.Range(0, 30).Select(i => CommandOptionChoice.String($"n{i}", $"v{i}"))),
            InteractionResponse.Modal("modal-1", "Ask", [Components.ActionRow(new Component { Type = ComponentType.TextInput, CustomId = "q", Label = "Question", Style = 1 })]),
        ];

        foreach (InteractionResponse response in responses)
        {
            await h.Client.CreateInteractionResponseAsync(42, "tok/en", response);
        }

        IReadOnlyList<RecordedRequest> requests = h.Discord.Requests.Snapshot();
        Assert.All(requests, r => Assert.Equal("interactions/42/tok%2Fen/callback", r.Path));
        Assert.All(requests, r => Assert.Null(r.Header("Authorization")));
        Assert.Equal([4, 5, 6, 7, 8, 9], requests.Select(r => r.JsonBody.GetProperty("type").GetInt32()));
        JsonElement first = requests[0].JsonBody.GetProperty("data");
        Assert.Equal("[]", first.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
        Assert.Equal(64, requests[1].JsonBody.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.False(requests[2].JsonBody.TryGetProperty("data", out _));
        Assert.Equal(25, requests[4].JsonBody.GetProperty("data").GetProperty("choices").GetArrayLength());
        Assert.Equal("modal-1", requests[5].JsonBody.GetProperty("data").GetProperty("custom_id").GetString());
    }

    [Fact]
    public async Task A_prepared_response_sends_the_same_body_as_the_typed_one_to_each_interaction()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        InteractionResponse response = InteractionResponse.Message(new MessageBuilder().WithContent("馬斯克 answers").Build());
        PreparedInteractionResponse prepared = PreparedInteractionResponse.From(response);

        await h.Client.CreateInteractionResponseAsync(1, "a", response);
        await h.Client.CreateInteractionResponseAsync(2, "b", prepared);
        await h.Client.CreateInteractionResponseAsync(3, "c", prepared);

        IReadOnlyList<RecordedRequest> requests = h.Discord.Requests.Snapshot();
        Assert.Equal(["interactions/1/a/callback", "interactions/2/b/callback", "interactions/3/c/callback"], requests.Select(r => r.Path));
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.All(requests, r => Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(r.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Header("Content-Length")));
    }

    [Fact]
    public async Task Bodies_carry_chinese_as_utf8_but_still_escape_html_and_json_specials()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        MessagePayload message = new MessageBuilder().WithContent("馬斯克 <b>\"x\"</b> & 😀").Build();

        await h.Client.CreateInteractionResponseAsync(42, "t", InteractionResponse.Message(message));

        RecordedRequest request = await h.Discord.WaitForRequestAsync(r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
        Assert.Contains("馬斯克", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u99AC", request.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", request.Body, StringComparison.Ordinal);
        Assert.Equal("馬斯克 <b>\"x\"</b> & 😀", request.JsonBody.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Edit_delete_original_follow_up_and_reply_use_the_documented_routes()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        MessagePayload text = MessageBuilder.Text("answer");

        Message edited = await h.Client.EditOriginalResponseAsync(7, "tok", text);
        Message followUp = await h.Client.CreateFollowupMessageAsync(7, "tok", new MessageBuilder().WithContent("more").AsEphemeral().Build());
        await h.Client.DeleteOriginalResponseAsync(7, "tok");
        Message reply = await h.Client.CreateMessageAsync(55, new MessageBuilder().WithContent("re").AsReplyTo(99, 55).Build());

        string[] routes = h.Discord.Requests.Snapshot().Select(r => $"{r.Method} {r.Path}").ToArray();
        Assert.Equal(["PATCH webhooks/7/tok/messages/@original", "POST webhooks/7/tok", "DELETE webhooks/7/tok/messages/@original", "POST channels/55/messages"], routes);
        Assert.Equal("answer", edited.Content);
        Assert.NotEqual(0UL, followUp.Id);
        Assert.Equal(55UL, reply.ChannelId);
        RecordedRequest create = h.Discord.Requests.Snapshot()[^1];
        Assert.Equal($"Bot {GatewayHarness.Token}", create.Header("Authorization"));
        Assert.Equal("99", create.JsonBody.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Equal("[]", create.JsonBody.GetProperty("allowed_mentions").GetProperty("parse").GetRawText());
    }

    [Fact]
    public async Task Bulk_overwrite_sends_localizations_contexts_integration_types_and_autocomplete()
    {
        await using RestHarness h = await RestHarness.StartAsync();
        ApplicationCommand command = new()
        {
            Name = "ask",
            Description = "Ask a question",
            NameLocalizations = new Dictionary<string, string> { ["zh-CN"] = "提问" },
            DescriptionLocalizations = new Dictionary<string, string> { ["zh-CN"] = "问一个问题" },
            Contexts = [InteractionContextType.Guild, InteractionContextType.BotDm],
            IntegrationTypes = [ApplicationIntegrationType.GuildInstall],
            Options = [new CommandOption { Type = CommandOptionType.String, Name = "question", Description = "Question", Required = true, Autocomplete = true }],
        };

        IReadOnlyList<ApplicationCommand> global = await h.Client.BulkOverwriteGlobalCommandsAsync(100, [command]);
        IReadOnlyList<ApplicationCommand> guild = await h.Client.BulkOverwriteGuildCommandsAsync(100, 200, [command]);

        RecordedRequest put = await h.Discord.WaitForRequestAsync(r => r.Path == "applications/100/commands");
        JsonElement body = put.JsonBody[0];
        Assert.Equal("PUT", put.Method);
        Assert.Equal("提问", body.GetProperty("name_localizations").GetProperty("zh-CN").GetString());
        Assert.Equal("[0,1]", body.GetProperty("contexts").GetRawText());
        Assert.Equal("[0]", body.GetProperty("integration_types").GetRawText());
        Assert.True(body.GetProperty("options")[0].GetProperty("autocomplete").GetBoolean());
        Assert.False(body.TryGetProperty("id", out _));
        Assert.NotNull(global[0].Id);
        Assert.Equal("ask", guild[0].Name);
        await h.Discord.WaitForRequestAsync(r => r.Path == "applications/100/guilds/200/commands");
    }
}
