using System.Net;

namespace FeudBot.Discord.Rest;

/// <summary>
/// Discord answered with an error. <see cref="Code"/> is Discord's JSON error code
/// (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json-json-error-codes), e.g.
/// 10062 unknown interaction (answered too late), 40060 already acknowledged, 50027 invalid webhook token,
/// 50035 invalid form body (then <see cref="Errors"/> lists each failing field as "path: CODE message").
/// </summary>
public class DiscordRestException(HttpStatusCode status, int? code, string discordMessage, IReadOnlyList<string> errors, string route)
    : Exception(Describe(status, code, discordMessage, errors, route))
{
    /// <summary>Unknown interaction: the 3-second window passed or another process answered.</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>The interaction was already acknowledged.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;

    /// <summary>Invalid webhook token (interaction token expired or raced).</summary>
    public const int InvalidWebhookToken = 50027;

    /// <summary>Invalid form body.</summary>
    public const int InvalidFormBody = 50035;

    /// <summary>HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>Discord's JSON error code, when the body had one.</summary>
    public int? Code { get; } = code;

    /// <summary>Discord's message.</summary>
    public string DiscordMessage { get; } = discordMessage;

    /// <summary>Flattened 50035 error tree, e.g. <c>options[0].name: BASE_TYPE_REQUIRED This field is required</c>.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    /// <summary>Route template (no tokens).</summary>
    public string Route { get; } = route;

    private static string Describe(HttpStatusCode status, int? code, string message, IReadOnlyList<string> errors, string route)
    {
        string text = $"Discord {route} failed: {(int)status} {status}, code {code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}: {message}";
        return errors.Count == 0 ? text : text + " [" + string.Join("; ", errors) + "]";
    }
}
