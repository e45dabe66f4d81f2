using System.Text.Json;
using FeudBot.Bot.Rendering;

namespace FeudBot.Tests.EndToEnd;

/// <summary>Checks on message JSON exactly as the bot sent it to Discord.</summary>
internal static class WireAssert
{
    /// <summary><c>allowed_mentions</c> is <c>{"parse": []}</c>: nobody is pinged.</summary>
    public static void MentionsNobody(JsonElement message)
    {
        var allowed = message.GetProperty("allowed_mentions");
        Assert.Equal(JsonValueKind.Array, allowed.GetProperty("parse").ValueKind);
        Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
    }

    /// <summary>Every limit of https://discord.com/developers/docs/resources/message#embed-object-embed-limits and components.</summary>
    public static void WithinLimits(JsonElement message)
    {
        if (message.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
            Assert.InRange(content.GetString()!.Length, 0, DiscordLimits.ContentLength);

        var total = 0;
        foreach (var embed in Items(message, "embeds"))
        {
            total += Length(embed, "title", DiscordLimits.EmbedTitleLength) + Length(embed, "description", DiscordLimits.EmbedDescriptionLength);
            if (embed.TryGetProperty("footer", out var footer)) total += Length(footer, "text", DiscordLimits.EmbedFooterTextLength);
            var fields = Items(embed, "fields").ToArray();
            Assert.InRange(fields.Length, 0, DiscordLimits.EmbedFields);
            foreach (var f in fields) total += Length(f, "name", DiscordLimits.EmbedFieldNameLength) + Length(f, "value", DiscordLimits.EmbedFieldValueLength);
        }

        Assert.InRange(total, 0, DiscordLimits.EmbedTotalLength);
        var rows = Items(message, "components").ToArray();
        Assert.InRange(rows.Length, 0, DiscordLimits.ActionRows);
        foreach (var row in rows)
        {
            var children = Items(row, "components").ToArray();
            Assert.InRange(children.Length, 1, DiscordLimits.ButtonsPerRow);
            foreach (var c in children)
            {
                Assert.InRange(c.GetProperty("custom_id").GetString()!.Length, 1, DiscordLimits.CustomIdLength);
                Assert.InRange(Items(c, "options").Count(), 0, DiscordLimits.SelectOptions);
            }
        }
    }

    public static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static int Length(JsonElement element, string name, int max)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String) return 0;
        var length = value.GetString()!.Length;
        Assert.InRange(length, 0, max);
        return length;
    }
}
