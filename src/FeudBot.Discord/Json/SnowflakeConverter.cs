using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeudBot.Discord.Json;

/// <summary>
/// Snowflakes are 64-bit ids sent as JSON strings (https://discord.com/developers/docs/reference#snowflakes):
/// read from strings (numbers tolerated) and always written as strings.
/// </summary>
public sealed class SnowflakeConverter : JsonConverter<ulong>
{
    /// <inheritdoc />
    public override ulong Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetUInt64();
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong fast, out int consumed) && consumed == reader.ValueSpan.Length)
        {
            return fast;
        }

        if (reader.TokenType == JsonTokenType.String && ulong.TryParse(reader.GetString(), out ulong slow))
        {
            return slow;
        }

        throw new JsonException($"Expected a snowflake (a string of digits), found {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ulong value, JsonSerializerOptions options)
    {
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value, digits, out int written);
        writer.WriteStringValue(digits[..written]);
    }
}
