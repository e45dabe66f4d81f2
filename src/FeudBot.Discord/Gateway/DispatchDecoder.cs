using System.Text.Json;
using FeudBot.Discord.Json;

namespace FeudBot.Discord.Gateway;

/// <summary>Turns the <c>d</c> of a dispatch into its typed record (source-generated JSON only).</summary>
internal static class DispatchDecoder
{
    /// <summary>Decodes one dispatch; throws <see cref="JsonException"/> on a malformed payload.</summary>
    public static GatewayDispatch Decode(string eventName, long sequence, ReadOnlySpan<byte> data) => eventName switch
    {
        GatewayEvents.InteractionCreate => new InteractionCreateDispatch(sequence, Required(JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Interaction), eventName)),
        GatewayEvents.MessageCreate => new MessageCreateDispatch(sequence, Required(JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Message), eventName)),
        GatewayEvents.GuildCreate => new GuildCreateDispatch(sequence, Required(JsonSerializer.Deserialize(data, DiscordJsonContext.Default.Guild), eventName)),
        GatewayEvents.Ready => new ReadyDispatch(sequence, Required(JsonSerializer.Deserialize(data, DiscordJsonContext.Default.ReadyEvent), eventName)),
        GatewayEvents.Resumed => new ResumedDispatch(sequence),
        _ => new RawDispatch(eventName, sequence, data.IsEmpty ? default : JsonSerializer.Deserialize(data, DiscordJsonContext.Default.JsonElement)),
    };

    /// <summary>Decodes a whole frame (envelope + data); used by benchmarks and tests.</summary>
    public static GatewayDispatch? DecodeFrame(ReadOnlySpan<byte> frame) => GatewayEnvelope.ReadDispatch(frame).Dispatch;

    private static T Required<T>(T? value, string eventName) where T : class =>
        value ?? throw new JsonException($"{eventName} carried a null 'd'.");
}
