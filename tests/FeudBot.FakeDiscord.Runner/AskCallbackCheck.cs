using System.Globalization;
using System.Text.Json;

namespace FeudBot.FakeDiscord.Runner;

/// <summary>
/// Checks the bot's answer to one /ask as Discord would receive it: the interaction callback is type 4 (a
/// message), or type 5 (deferred) followed by an edit of <c>@original</c>
/// (https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction);
/// the message has <c>allowed_mentions.parse</c> empty and an embed carrying a source link.
/// </summary>
internal static class AskCallbackCheck
{
    /// <summary>Waits for the answer to interaction <paramref name="id"/>; returns null when it is right, else why not.</summary>
    public static async Task<string?> VerifyAsync(FakeDiscordServer discord, ulong id, TimeSpan timeout)
    {
        string idText = id.ToString(CultureInfo.InvariantCulture);
        RecordedRequest callback = await discord.WaitForRequestAsync(
            r => r.Method == "POST" && r.Path.StartsWith($"interactions/{idText}/", StringComparison.Ordinal), timeout: timeout).ConfigureAwait(false);
        JsonElement body = callback.JsonBody;
        int type = body.TryGetProperty("type", out JsonElement t) && t.TryGetInt32(out int v) ? v : -1;
        JsonElement message;
        switch (type)
        {
            case 4:
                if (!body.TryGetProperty("data", out message))
                {
                    return "type 4 callback without data";
                }

                break;
            case 5:
                RecordedRequest edit = await discord.WaitForRequestAsync(
                    r => r.Method == "PATCH" && r.Path.EndsWith($"/token-{idText}/messages/@original", StringComparison.Ordinal), timeout: timeout).ConfigureAwait(false);
                message = edit.JsonBody;
                break;
            default:
                return $"callback type {type} (expected 4, or 5 then an edit): {callback.Body}";
        }

        return Problem(message) is { } problem ? $"type {type}: {problem}" : null;
    }

    /// <summary>What is wrong with a message payload, or null.</summary>
    public static string? Problem(JsonElement message)
    {
        if (!message.TryGetProperty("allowed_mentions", out JsonElement mentions)
            || !mentions.TryGetProperty("parse", out JsonElement parse)
            || parse.ValueKind != JsonValueKind.Array || parse.GetArrayLength() != 0)
        {
            return "allowed_mentions.parse is not an empty array";
        }

        if (!message.TryGetProperty("embeds", out JsonElement embeds) || embeds.ValueKind != JsonValueKind.Array || embeds.GetArrayLength() == 0)
        {
            return "no embed";
        }

        bool linked = embeds.EnumerateArray().Any(e => e.GetRawText().Contains("http", StringComparison.Ordinal));
        return linked ? null : "no embed carries a source link (http…)";
    }
}
