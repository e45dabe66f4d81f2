using System.Net;

namespace FeudBot.Discord.Rest;

/// <summary>
/// 401 on a bot-token route: the token is wrong or was reset. Fatal: retrying would only count toward
/// the 10,000-invalid-requests ban (https://discord.com/developers/docs/topics/rate-limits#invalid-request-limit).
/// </summary>
public sealed class DiscordUnauthorizedException(int? code, string discordMessage, string route)
    : DiscordRestException(HttpStatusCode.Unauthorized, code, discordMessage, [], route)
{
    /// <inheritdoc />
    public override string Message =>
        $"Discord rejected the bot token (401 Unauthorized on {Route}): the token is wrong or was reset. " +
        "Reset it in the Developer Portal (Bot page) and set Discord__Token.";
}
