namespace FeudBot.Discord.Rest;

/// <summary>
/// One REST call's identity for rate limiting. <see cref="Key"/> keeps the top-level resource
/// (channel, guild, webhook id + token, interaction id) so buckets split per resource
/// (https://discord.com/developers/docs/topics/rate-limits#header-format); <see cref="Template"/> is
/// what logs and exceptions show (it never contains a token).
/// </summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path relative to the API base URL.</param>
/// <param name="Template">Route with placeholders, e.g. <c>PATCH /webhooks/{application.id}/{token}/messages/@original</c>.</param>
/// <param name="MajorId">Top-level resource id (or webhook id + token) that splits buckets.</param>
/// <param name="IsInteraction">Interaction callback or interaction webhook: exempt from the global limit, no bot token needed.</param>
/// <param name="Idempotent">Safe to retry on 5xx.</param>
public sealed record RestRoute(HttpMethod Method, string Path, string Template, string MajorId, bool IsInteraction, bool Idempotent)
{
    /// <summary>Key of the route before its bucket is known.</summary>
    public string Key => $"{Template}|{MajorId}";

    /// <summary>True for <c>/webhooks/…</c> routes (401 with 50027 there is a webhook-token failure, not a bad bot token).</summary>
    public bool IsWebhook => Template.Contains("/webhooks/", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Template;
}
