using System.Text.Json;
using FeudBot.Discord.Json;

namespace FeudBot.Discord.Models;

/// <summary>
/// An <see cref="InteractionResponse"/> serialized once, to be sent as the answer to many interactions: a bot
/// that gives the same answer to many users (a popular question) sends the same bytes instead of building and
/// writing the same JSON for each.
/// </summary>
public sealed class PreparedInteractionResponse
{
    private PreparedInteractionResponse(byte[] utf8Json) => Utf8Json = utf8Json;

    /// <summary>The body as sent: UTF-8 JSON.</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>Serializes <paramref name="response"/> as every REST body is (non-ASCII as UTF-8, nulls omitted).</summary>
    public static PreparedInteractionResponse From(InteractionResponse response) =>
        new(JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Outgoing.InteractionResponse));
}
