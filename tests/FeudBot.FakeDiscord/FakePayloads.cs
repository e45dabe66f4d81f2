using System.Globalization;
using System.Text.Json.Nodes;

namespace FeudBot.FakeDiscord;

/// <summary>JSON builders for dispatch payloads (the <c>d</c> of a dispatch), shaped after Discord's examples.</summary>
public static class FakePayloads
{
    /// <summary>Guild id used by default.</summary>
    public const ulong GuildId = 290926798626357999;

    /// <summary>Channel id used by default.</summary>
    public const ulong ChannelId = 645027906669510667;

    /// <summary>User id used by default.</summary>
    public const ulong UserId = 53908232506183680;

    /// <summary>READY data.</summary>
    public static string Ready(string sessionId, Uri resumeUrl, ulong applicationId, ulong botUserId, int shardId = 0, int shardCount = 1) => new JsonObject
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = Id(botUserId), ["username"] = "fakebot", ["discriminator"] = "0", ["bot"] = true },
        ["guilds"] = new JsonArray(new JsonObject { ["id"] = Id(GuildId), ["unavailable"] = true }),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl.ToString(),
        ["shard"] = new JsonArray(shardId, shardCount),
        ["application"] = new JsonObject { ["id"] = Id(applicationId), ["flags"] = 0 },
    }.ToJsonString();

    /// <summary>
    /// A CHAT_INPUT INTERACTION_CREATE in a guild (or a DM when <paramref name="guildId"/> is 0), with string
    /// options given as name/value pairs; the token is <c>token-{id}</c>.
    /// </summary>
    public static string SlashCommand(ulong interactionId, string commandName, IReadOnlyDictionary<string, string>? options = null,
        ulong guildId = GuildId, ulong channelId = ChannelId, ulong userId = UserId, string locale = "en-US", ulong applicationId = 100000000000000001)
    {
        var data = new JsonObject { ["id"] = "771825006014889984", ["name"] = commandName, ["type"] = 1 };
        if (options is { Count: > 0 })
        {
            data["options"] = new JsonArray(options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Key, ["type"] = 3, ["value"] = o.Value }).ToArray());
        }

        return Interaction(interactionId, 2, data, guildId, channelId, userId, locale, applicationId);
    }

    /// <summary>A button click (MESSAGE_COMPONENT) with <paramref name="customId"/>.</summary>
    public static string ButtonClick(ulong interactionId, string customId, ulong guildId = GuildId, ulong channelId = ChannelId, ulong userId = UserId, string locale = "en-US") =>
        Interaction(interactionId, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, guildId, channelId, userId, locale, 100000000000000001);

    /// <summary>A string-select choice (MESSAGE_COMPONENT type 3) with the selected values.</summary>
    public static string SelectChoice(ulong interactionId, string customId, IReadOnlyList<string> values, ulong guildId = GuildId) =>
        Interaction(interactionId, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 3, ["values"] = new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()) },
            guildId, ChannelId, UserId, "en-US", 100000000000000001);

    /// <summary>An autocomplete interaction with the focused string option.</summary>
    public static string Autocomplete(ulong interactionId, string commandName, string optionName, string typed) =>
        Interaction(interactionId, 4, new JsonObject
        {
            ["id"] = "816437322781949972",
            ["name"] = commandName,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = optionName, ["value"] = typed, ["focused"] = true }),
        }, GuildId, ChannelId, UserId, "en-US", 100000000000000001);

    /// <summary>A MESSAGE_CREATE; <paramref name="mentionUserIds"/> fill <c>mentions</c>.</summary>
    public static string MessageCreate(ulong messageId, string content, ulong authorId = UserId, bool authorIsBot = false,
        ulong channelId = ChannelId, ulong guildId = GuildId, params ulong[] mentionUserIds)
    {
        var author = new JsonObject { ["id"] = Id(authorId), ["username"] = "user" + Id(authorId)[^4..], ["discriminator"] = "0" };
        if (authorIsBot)
        {
            author["bot"] = true;
        }

        var message = new JsonObject
        {
            ["id"] = Id(messageId),
            ["channel_id"] = Id(channelId),
            ["author"] = author,
            ["content"] = content,
            ["timestamp"] = "2026-01-01T00:00:00.000000+00:00",
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = new JsonArray(mentionUserIds.Select(u => (JsonNode)new JsonObject { ["id"] = Id(u), ["username"] = "mentioned" }).ToArray()),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
        };
        if (guildId != 0)
        {
            message["guild_id"] = Id(guildId);
        }

        return message.ToJsonString();
    }

    /// <summary>A GUILD_CREATE with a name.</summary>
    public static string GuildCreate(ulong guildId, string name) =>
        new JsonObject { ["id"] = Id(guildId), ["name"] = name, ["member_count"] = 42, ["preferred_locale"] = "en-US" }.ToJsonString();

    private static string Interaction(ulong id, int type, JsonObject data, ulong guildId, ulong channelId, ulong userId, string locale, ulong applicationId)
    {
        var user = new JsonObject { ["id"] = Id(userId), ["username"] = "Mason", ["discriminator"] = "0", ["global_name"] = "Mason" };
        var interaction = new JsonObject
        {
            ["id"] = Id(id),
            ["application_id"] = Id(applicationId),
            ["type"] = type,
            ["data"] = data,
            ["channel_id"] = Id(channelId),
            ["token"] = $"token-{Id(id)}",
            ["version"] = 1,
            ["locale"] = locale,
            ["app_permissions"] = "442368",
            ["context"] = guildId == 0 ? 1 : 0,
        };
        if (guildId != 0)
        {
            interaction["guild_id"] = Id(guildId);
            interaction["guild_locale"] = "en-US";
            interaction["member"] = new JsonObject { ["user"] = user, ["roles"] = new JsonArray(), ["permissions"] = "2147483647", ["joined_at"] = "2017-03-13T19:19:14.040000+00:00" };
        }
        else
        {
            interaction["user"] = user;
        }

        return interaction.ToJsonString();
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
