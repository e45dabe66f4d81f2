using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FeudBot.FakeDiscord;

/// <summary>Default answers of the fake's REST routes, shaped like Discord's.</summary>
internal static partial class FakeRestRouter
{
    private static long _nextId = 200000000000000000;

    public static FakeRestResponse Route(RecordedRequest request, FakeDiscordServer server)
    {
        bool interactionRoute = request.Path.StartsWith("interactions/", StringComparison.Ordinal) || request.Path.StartsWith("webhooks/", StringComparison.Ordinal);
        if (!interactionRoute && server.Options.ExpectedToken is { } token && request.Header("Authorization") != $"Bot {token}")
        {
            return FakeRestResponse.Json(_ => true, 401, "{\"message\":\"401: Unauthorized\",\"code\":0}");
        }

        string method = request.Method;
        string path = request.Path;
        return (method, path) switch
        {
            ("GET", "gateway/bot") => Ok(GatewayBot(server)),
            ("PUT", _) when CommandsRoute().IsMatch(path) => Ok(Commands(request, server)),
            ("POST", _) when CallbackRoute().IsMatch(path) => new FakeRestResponse { Match = _ => true, Status = 204 },
            ("PATCH", _) when WebhookMessageRoute().IsMatch(path) => Ok(MessageFrom(request, 0, server)),
            ("DELETE", _) when WebhookMessageRoute().IsMatch(path) => new FakeRestResponse { Match = _ => true, Status = 204 },
            ("POST", _) when WebhookRoute().IsMatch(path) => Ok(MessageFrom(request, 0, server)),
            ("POST", _) when ChannelMessagesRoute().Match(path) is { Success: true } m => Ok(MessageFrom(request, ulong.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), server)),
            _ => FakeRestResponse.Json(_ => true, 404, "{\"message\":\"404: Not Found\",\"code\":0}"),
        };
    }

    private static FakeRestResponse Ok(string body) => new()
    {
        Match = _ => true,
        Body = body,
        Headers = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "4",
            ["X-RateLimit-Reset-After"] = "1",
        },
    };

    private static string GatewayBot(FakeDiscordServer server) =>
        $"{{\"url\":\"{server.GatewayUrl}\",\"shards\":1,\"session_start_limit\":{{\"total\":1000,\"remaining\":{server.Options.SessionStartsRemaining},\"reset_after\":14400000,\"max_concurrency\":{server.Options.MaxConcurrency}}}}}";

    private static string Commands(RecordedRequest request, FakeDiscordServer server)
    {
        JsonArray commands = JsonNode.Parse(request.Body)?.AsArray() ?? [];
        foreach (JsonNode? command in commands)
        {
            if (command is JsonObject obj)
            {
                obj["id"] = NextId();
                obj["application_id"] = server.Options.ApplicationId.ToString(CultureInfo.InvariantCulture);
                obj["version"] = NextId();
            }
        }

        return commands.ToJsonString();
    }

    private static string MessageFrom(RecordedRequest request, ulong channelId, FakeDiscordServer server)
    {
        JsonObject message = request.Body.Length > 0 && JsonNode.Parse(request.Body) is JsonObject o ? o : [];
        message["id"] = NextId();
        message["channel_id"] = (channelId == 0 ? 300000000000000001UL : channelId).ToString(CultureInfo.InvariantCulture);
        message["author"] = new JsonObject { ["id"] = server.Options.BotUserId.ToString(CultureInfo.InvariantCulture), ["username"] = "fakebot", ["bot"] = true };
        message["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        message.Remove("allowed_mentions");
        return message.ToJsonString(new JsonSerializerOptions());
    }

    private static string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^applications/\d+(/guilds/\d+)?/commands$")]
    private static partial Regex CommandsRoute();

    [GeneratedRegex(@"^interactions/\d+/[^/]+/callback$")]
    private static partial Regex CallbackRoute();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+/messages/(@original|\d+)$")]
    private static partial Regex WebhookMessageRoute();

    [GeneratedRegex(@"^webhooks/\d+/[^/]+$")]
    private static partial Regex WebhookRoute();

    [GeneratedRegex(@"^channels/(\d+)/messages$")]
    private static partial Regex ChannelMessagesRoute();
}
