using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace FeudBot.Discord.Gateway;

/// <summary>Writes outgoing <c>{"op":…, "d":…}</c> frames through the source-generated context.</summary>
internal static class GatewayFrameWriter
{
    /// <summary>A frame with a typed payload.</summary>
    public static byte[] Write<T>(GatewayOpCode op, T payload, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op"u8, (int)op);
            writer.WritePropertyName("d"u8);
            JsonSerializer.Serialize(writer, payload, typeInfo);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>{"op":1,"d":seq}</c>, with <c>null</c> before the first dispatch (twilight-rs/twilight#1940).</summary>
    public static byte[] Heartbeat(long? sequence) =>
        System.Text.Encoding.UTF8.GetBytes(sequence is long s ? $"{{\"op\":1,\"d\":{s}}}" : "{\"op\":1,\"d\":null}");
}
