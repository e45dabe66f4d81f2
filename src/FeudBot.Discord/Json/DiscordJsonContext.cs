using System.Text.Json;
using System.Text.Json.Serialization;
using FeudBot.Discord.Gateway;
using FeudBot.Discord.Models;

namespace FeudBot.Discord.Json;

/// <summary>
/// The one source-generated JSON context for every wire type. snake_case names, nulls omitted on
/// write, unknown fields ignored on read, snowflakes (<see cref="ulong"/>) as strings.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(SnowflakeConverter)])]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Guild))]
[JsonSerializable(typeof(ReadyEvent))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(HelloPayload))]
[JsonSerializable(typeof(IdentifyPayload))]
[JsonSerializable(typeof(ResumePayload))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
