using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FeudBot.Discord.Gateway;
using FeudBot.Discord.Json;
using FeudBot.Discord.Models;

namespace FeudBot.Discord.Tests.Json;

/// <summary>
/// Round trips of the example payloads (copied into Json/Payloads, sources in SOURCES.md there):
/// deserialize with the source-generated context, serialize, and check nothing is invented or changed.
/// </summary>
public sealed class PayloadRoundTripTests
{
    private static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Json", "Payloads", file))).RootElement;

    private static T RoundTrip<T>(string file, JsonTypeInfo<T> info, JsonElement? part = null)
    {
        JsonElement original = part ?? Load(file);
        T value = JsonSerializer.Deserialize(original, info)!;
        JsonElement written = JsonSerializer.SerializeToElement(value, info);
        JsonSubset.AssertSubset(original, written);
        Assert.Equal(JsonSerializer.Serialize(value, info), JsonSerializer.Serialize(JsonSerializer.Deserialize(written, info)!, info));
        return value;
    }

    [Fact]
    public void Chat_input_interaction_with_string_option_and_locales()
    {
        Interaction i = RoundTrip("interaction_chat_input_string_option.json", DiscordJsonContext.Default.Interaction);

        Assert.Equal(786008729715212338UL, i.Id);
        Assert.Equal(InteractionType.ApplicationCommand, i.Type);
        Assert.Equal("cardsearch", i.Data!.Name);
        Assert.Equal("The Gitrog Monster", i.Data.Options![0].ValueAsString());
        Assert.Equal(CommandOptionType.String, i.Data.Options[0].Type);
        Assert.Equal("en-US", i.Locale);
        Assert.Equal("en-US", i.GuildLocale);
        Assert.Equal(53908232506183680UL, i.InvokingUser!.Id);
        Assert.Equal([539082325061836999UL], i.Member!.Roles);
        Assert.Equal(290926798626357999UL, i.GuildId);
    }

    [Fact]
    public void Interaction_create_dispatch_envelope_decodes_to_a_typed_event()
    {
        byte[] frame = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Json", "Payloads", "interaction_create_dispatch_fixture.json"));

        var dispatch = Assert.IsType<InteractionCreateDispatch>(DispatchDecoder.DecodeFrame(frame));

        Assert.Equal(3, dispatch.Sequence);
        Assert.Equal(999999999999999999UL, dispatch.Interaction.Id);
        Assert.Equal("none", dispatch.Interaction.Message!.Content);
        Assert.Equal("en-GB", dispatch.Interaction.Locale);
        RoundTrip("interaction_create_dispatch_fixture.json", DiscordJsonContext.Default.Interaction, Load("interaction_create_dispatch_fixture.json").GetProperty("d"));
    }

    [Fact]
    public void Button_component_interaction()
    {
        Interaction i = RoundTrip("interaction_message_component_button.json", DiscordJsonContext.Default.Interaction);

        Assert.Equal(InteractionType.MessageComponent, i.Type);
        Assert.Equal("click_one", i.Data!.CustomId);
        Assert.Equal(ComponentType.Button, i.Data.ComponentType);
        Component button = i.Message!.Components![0].Components![0];
        Assert.Equal("Click me!", button.Label);
        Assert.Null(i.Message.EditedTimestamp);
    }

    [Fact]
    public void Autocomplete_interaction_has_the_focused_option()
    {
        Interaction i = RoundTrip("interaction_autocomplete.json", DiscordJsonContext.Default.Interaction, WithToken(Load("interaction_autocomplete.json")));

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, i.Type);
        Assert.True(i.Data!.Options![0].Focused);
        Assert.Equal("data a user is typ", i.Data.Options[0].ValueAsString());
    }

    [Fact]
    public void Ready_dispatch_carries_session_resume_url_and_application()
    {
        JsonElement d = Load("ready_trimmed.json").GetProperty("d");
        ReadyEvent ready = RoundTrip("ready_trimmed.json", DiscordJsonContext.Default.ReadyEvent, d);

        Assert.Equal("none", ready.SessionId);
        Assert.Equal("https://www.example.org", ready.ResumeGatewayUrl);
        Assert.Equal(999999999999999999UL, ready.Application!.Id);
        Assert.Equal([0, 1], ready.Shard);
    }

    [Fact]
    public void Gateway_bot_response()
    {
        GatewayBotInfo info = RoundTrip("get_gateway_bot_response.json", DiscordJsonContext.Default.GatewayBotInfo);

        Assert.Equal(14400000, info.SessionStartLimit!.ResetAfter);
        Assert.Equal(9, info.Shards);
    }

    [Fact]
    public void Localized_command_registration()
    {
        ApplicationCommand command = RoundTrip("command_registration_localized.json", DiscordJsonContext.Default.ApplicationCommand);

        Assert.Equal("生日", command.NameLocalizations!["zh-CN"]);
        Assert.Equal(CommandOptionType.Integer, command.Options![0].Type);
    }

    [Theory]
    [InlineData("error_50035_invalid_form_body.json")]
    [InlineData("rate_limit_429_user_body.json")]
    [InlineData("rate_limit_429_global_body.json")]
    [InlineData("rate_limit_429_shared_body.json")]
    public void Error_and_rate_limit_bodies(string file)
    {
        DiscordErrorBody body = RoundTrip(file, DiscordJsonContext.Default.DiscordErrorBody);

        Assert.False(string.IsNullOrEmpty(body.Message));
    }

    [Fact]
    public void Identify_and_resume_frames_match_the_documented_shape()
    {
        byte[] identify = GatewayFrameWriter.Write(GatewayOpCode.Identify,
            new IdentifyPayload { Token = "my_token", Intents = 513, Properties = new IdentifyProperties { Os = "linux", Browser = "my_library", Device = "my_library" } },
            DiscordJsonContext.Default.IdentifyPayload);
        byte[] resume = GatewayFrameWriter.Write(GatewayOpCode.Resume,
            new ResumePayload { Token = "my_token", SessionId = "session_id_i_stored", Seq = 1337 }, DiscordJsonContext.Default.ResumePayload);

        Assert.True(JsonElement.DeepEquals(Load("identify_minimal.json"), JsonDocument.Parse(identify).RootElement));
        Assert.True(JsonElement.DeepEquals(Load("resume.json"), JsonDocument.Parse(resume).RootElement));
        Assert.Equal("""{"op":1,"d":251}""", System.Text.Encoding.UTF8.GetString(GatewayFrameWriter.Heartbeat(251)));
        Assert.Equal("""{"op":1,"d":null}""", System.Text.Encoding.UTF8.GetString(GatewayFrameWriter.Heartbeat(null)));
    }

    [Theory]
    [InlineData("hello.json", 10, null, null)]
    [InlineData("heartbeat_ack.json", 11, null, null)]
    [InlineData("reconnect.json", 7, null, null)]
    [InlineData("invalid_session.json", 9, null, null)]
    [InlineData("ready_trimmed.json", 0, 1L, "READY")]
    public void Envelopes_parse_in_any_field_order(string file, int op, long? seq, string? eventName)
    {
        byte[] frame = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Json", "Payloads", file));

        GatewayEnvelope envelope = GatewayEnvelope.Parse(frame);

        Assert.Equal(op, envelope.Op);
        Assert.Equal(seq, envelope.Sequence);
        Assert.Equal(eventName, envelope.EventName);
    }

    [Theory]
    [InlineData("""{"d":{"id":"7","type":2,"token":"t"},"op":0,"s":5,"t":"INTERACTION_CREATE"}""")]
    [InlineData("""{"t":"INTERACTION_CREATE","s":5,"op":0,"d":{"id":"7","type":2,"token":"t"},"extra":[1,{"a":"}"}]}""")]
    [InlineData("""{"t":"INTERACTION_CREATE","s":5,"op":0,"d":{"id":"7","type":2,"token":"t"}}  """)]
    public void Dispatch_data_decodes_wherever_d_sits(string frame)
    {
        (GatewayEnvelope envelope, GatewayDispatch? dispatch) = GatewayEnvelope.ReadDispatch(System.Text.Encoding.UTF8.GetBytes(frame));

        Assert.Equal(5, envelope.Sequence);
        Assert.Equal(7UL, Assert.IsType<InteractionCreateDispatch>(dispatch).Interaction.Id);
        Assert.Equal("""{"id":"7","type":2,"token":"t"}""", System.Text.Encoding.UTF8.GetString(envelope.Data(System.Text.Encoding.UTF8.GetBytes(frame))));
    }

    [Fact]
    public void Snowflakes_are_written_as_strings_and_nulls_are_omitted()
    {
        var payload = new MessagePayload { Content = "x", MessageReference = new MessageReference { MessageId = 18446744073709551615 } };

        string json = JsonSerializer.Serialize(payload, DiscordJsonContext.Default.MessagePayload);

        Assert.Equal("""{"content":"x","message_reference":{"message_id":"18446744073709551615"}}""", json);
    }

    [Fact]
    public void Unknown_fields_and_nulls_are_tolerated()
    {
        const string json = """{"id":"5","channel_id":"6","content":null,"flags":null,"brand_new_field":{"x":[1,2]},"author":{"id":"7","bot":true,"future":1}}""";

        Message message = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Message)!;

        Assert.Equal(5UL, message.Id);
        Assert.Null(message.Content);
        Assert.True(message.IsFromBot);
    }

    private static JsonElement WithToken(JsonElement partial)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(partial.GetRawText())!.AsObject();
        node["token"] = "t";
        node["id"] = "1";
        node["application_id"] = "2";
        return JsonDocument.Parse(node.ToJsonString()).RootElement;
    }
}
