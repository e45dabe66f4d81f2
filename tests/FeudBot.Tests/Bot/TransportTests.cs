using System.Text.Json;
using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;
using FeudBot.Bot.Transport;
using FeudBot.Discord.Models;

namespace FeudBot.Tests.Bot;

/// <summary>The mapping between the bot's model and Discord's wire models, checked as JSON.</summary>
public sealed class TransportTests
{
    private static readonly BotMessage Page = new(null,
        [new BotEmbed("t", "d", [new BotEmbedField("n", "v", Inline: true)], "f", 1)],
        [new BotActionRow([new BotButton("tl1:n:2:::", "Next", BotButtonStyle.Secondary, Disabled: true)]),
         new BotActionRow([new BotSelect("tl1:s:1:::", "Pick", [new BotSelectOption("L", "V", "D")])])]);

    // The protocol library's source-generated context is internal; the same wire conventions, by reflection.
    private static readonly JsonSerializerOptions Wire = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };

    private static JsonElement Json<T>(T value) => JsonSerializer.SerializeToElement(value, Wire);

    private static Interaction Read(string json) => JsonSerializer.Deserialize<Interaction>(json, Wire)!;

    [Fact]
    public void Every_message_mentions_nobody_and_private_ones_are_ephemeral()
    {
        var json = Json(WireMapper.ToResponse(BotReply.NewMessage(BotMessage.Text("<@1> @everyone", ephemeral: true))));

        Assert.Equal(4, json.GetProperty("type").GetInt32());
        var data = json.GetProperty("data");
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
    }

    [Fact]
    public void Pages_map_to_embeds_buttons_and_selects()
    {
        var data = Json(WireMapper.ToResponse(BotReply.Update(Page))).GetProperty("data");

        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("f", embed.GetProperty("footer").GetProperty("text").GetString());
        Assert.True(embed.GetProperty("fields")[0].GetProperty("inline").GetBoolean());
        var button = data.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal((2, 2, "tl1:n:2:::", true), (button.GetProperty("type").GetInt32(), button.GetProperty("style").GetInt32(), button.GetProperty("custom_id").GetString(), button.GetProperty("disabled").GetBoolean()));
        var select = data.GetProperty("components")[1].GetProperty("components")[0];
        Assert.Equal(3, select.GetProperty("type").GetInt32());
        Assert.Equal("V", select.GetProperty("options")[0].GetProperty("value").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public void An_edit_clears_what_the_new_message_lacks()
    {
        var edit = WireMapper.ToEdit(BotMessage.Text("only text"));
        var json = Json(edit);

        Assert.Equal(0, json.GetProperty("embeds").GetArrayLength());
        Assert.Equal(0, json.GetProperty("components").GetArrayLength());
        Assert.Equal("only text", json.GetProperty("content").GetString());
    }

    [Fact]
    public void A_reply_references_the_message_it_answers()
    {
        var payload = WireMapper.ToPayload(BotMessage.Text("hi"), replyTo: 77);
        Assert.Equal(77ul, payload.MessageReference!.MessageId);
        Assert.False(payload.MessageReference.FailIfNotExists);
    }

    [Fact]
    public void Interactions_are_read_from_guilds_and_dms()
    {
        var guild = Read(FakeDiscord.FakePayloads.SlashCommand(5, "ask", new Dictionary<string, string> { ["question"] = "q?" }, locale: "zh-TW"));
        var dm = Read(FakeDiscord.FakePayloads.SlashCommand(6, "about", guildId: 0, userId: 9));
        var auto = Read(FakeDiscord.FakePayloads.Autocomplete(7, "timeline", "person", "alt"));

        var a = InteractionReader.Read(guild)!;
        Assert.Equal((BotInteractionKind.Command, "ask", "q?", "zh-TW", FakeDiscord.FakePayloads.UserId), (a.Kind, a.CommandName, a.Option("question"), a.Locale, a.UserId));
        Assert.Equal(9ul, InteractionReader.Read(dm)!.UserId);
        var c = InteractionReader.Read(auto)!;
        Assert.Equal((BotInteractionKind.Autocomplete, "person", "alt"), (c.Kind, c.FocusedOption, c.Option("person")));
    }

    [Fact]
    public void Command_definitions_use_the_names_the_router_expects_and_fit_discords_rules()
    {
        var commands = CommandDefinitions.Build();

        Assert.Equal([CommandNames.Ask, CommandNames.Timeline, CommandNames.Sources, CommandNames.About], commands.Select(c => c.Name));
        Assert.Equal([CommandNames.Question, CommandNames.Private], commands[0].Options!.Select(o => o.Name));
        Assert.Equal([CommandNames.Year, CommandNames.Person, CommandNames.Topic], commands[1].Options!.Select(o => o.Name));
        Assert.True(commands[0].Options![0].Required);
        Assert.All(commands, c =>
        {
            Assert.Equal(["en-US", "zh-CN", "zh-TW"], c.NameLocalizations!.Keys.Order());
            Assert.InRange(c.Description.Length, 1, 100);
            Assert.All(c.DescriptionLocalizations!.Values, d => Assert.InRange(d.Length, 1, 100));
        });
        Assert.All(CommandDefinitions.Build(global: false), c => Assert.Null(c.Contexts));
    }
}
