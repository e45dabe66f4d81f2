namespace FeudBot.Discord.Gateway;

/// <summary>
/// An immutable snapshot of the resumable session from READY; replaced as a whole.
/// The sequence number moves with every dispatch and is kept beside it.
/// </summary>
/// <param name="SessionId">READY <c>session_id</c>.</param>
/// <param name="ResumeGatewayUrl">READY <c>resume_gateway_url</c>: where RESUME must connect.</param>
/// <param name="ApplicationId">READY <c>application.id</c> (for command and webhook routes).</param>
/// <param name="UserId">The bot's own user id (to detect mentions).</param>
public sealed record GatewaySession(string SessionId, Uri ResumeGatewayUrl, ulong ApplicationId, ulong UserId);
