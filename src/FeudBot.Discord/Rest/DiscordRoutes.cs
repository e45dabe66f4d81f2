using System.Globalization;

namespace FeudBot.Discord.Rest;

/// <summary>The REST routes this client calls (paths relative to the versioned API base URL).</summary>
internal static class DiscordRoutes
{
    public static RestRoute GatewayBot() =>
        new(HttpMethod.Get, "gateway/bot", "GET /gateway/bot", "", IsInteraction: false, Idempotent: true);

    public static RestRoute GlobalCommands(ulong applicationId) =>
        new(HttpMethod.Put, $"applications/{Id(applicationId)}/commands", "PUT /applications/{application.id}/commands", Id(applicationId), false, Idempotent: true);

    public static RestRoute GuildCommands(ulong applicationId, ulong guildId) =>
        new(HttpMethod.Put, $"applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", "PUT /applications/{application.id}/guilds/{guild.id}/commands", Id(guildId), false, Idempotent: true);

    public static RestRoute InteractionCallback(ulong interactionId, string token) =>
        new(HttpMethod.Post, $"interactions/{Id(interactionId)}/{Uri.EscapeDataString(token)}/callback", "POST /interactions/{interaction.id}/{token}/callback", Id(interactionId), IsInteraction: true, Idempotent: false);

    public static RestRoute EditOriginal(ulong applicationId, string token) =>
        new(HttpMethod.Patch, $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original", "PATCH /webhooks/{application.id}/{token}/messages/@original", WebhookMajor(applicationId, token), true, Idempotent: true);

    public static RestRoute DeleteOriginal(ulong applicationId, string token) =>
        new(HttpMethod.Delete, $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/@original", "DELETE /webhooks/{application.id}/{token}/messages/@original", WebhookMajor(applicationId, token), true, Idempotent: true);

    public static RestRoute CreateFollowup(ulong applicationId, string token) =>
        new(HttpMethod.Post, $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}", "POST /webhooks/{application.id}/{token}", WebhookMajor(applicationId, token), true, Idempotent: false);

    public static RestRoute EditFollowup(ulong applicationId, string token, ulong messageId) =>
        new(HttpMethod.Patch, $"webhooks/{Id(applicationId)}/{Uri.EscapeDataString(token)}/messages/{Id(messageId)}", "PATCH /webhooks/{application.id}/{token}/messages/{message.id}", WebhookMajor(applicationId, token), true, Idempotent: true);

    public static RestRoute CreateMessage(ulong channelId) =>
        new(HttpMethod.Post, $"channels/{Id(channelId)}/messages", "POST /channels/{channel.id}/messages", Id(channelId), false, Idempotent: false);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    // Webhook buckets are per webhook id + token; hash the token so keys never hold it in clear.
    private static string WebhookMajor(ulong applicationId, string token) =>
        $"{Id(applicationId)}:{string.GetHashCode(token, StringComparison.Ordinal):x8}";
}
