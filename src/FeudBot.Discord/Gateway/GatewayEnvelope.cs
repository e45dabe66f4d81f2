using System.Text.Json;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// The <c>{op, d, s, t}</c> envelope read in one forward pass without allocating: <c>d</c> is kept as a
/// byte range and decoded only once <c>op</c>/<c>t</c> are known (field order is not guaranteed).
/// </summary>
internal readonly record struct GatewayEnvelope(int Op, long? Sequence, string? EventName, int DataStart, int DataLength)
{
    private static readonly string[] KnownEvents =
    [
        GatewayEvents.InteractionCreate, GatewayEvents.MessageCreate, GatewayEvents.Ready, GatewayEvents.Resumed,
        GatewayEvents.GuildCreate, "MESSAGE_UPDATE", "MESSAGE_DELETE", "GUILD_UPDATE", "GUILD_DELETE",
        "PRESENCE_UPDATE", "TYPING_START", "CHANNEL_CREATE", "CHANNEL_UPDATE", "CHANNEL_DELETE",
    ];

    /// <summary>The raw <c>d</c> slice of <paramref name="frame"/> (empty when absent).</summary>
    public ReadOnlySpan<byte> Data(ReadOnlySpan<byte> frame) => frame.Slice(DataStart, DataLength);

    /// <summary>Parses the envelope; throws <see cref="JsonException"/> on malformed frames.</summary>
    public static GatewayEnvelope Parse(ReadOnlySpan<byte> frame) => Read(frame, decode: false).Envelope;

    /// <summary>
    /// Parses the envelope and, for a dispatch, decodes <c>d</c> into its typed record. Discord sends
    /// <c>t</c>, <c>s</c> and <c>op</c> before <c>d</c>, so <c>d</c> is usually decoded in the same pass;
    /// otherwise its byte range is decoded afterwards.
    /// </summary>
    public static (GatewayEnvelope Envelope, GatewayDispatch? Dispatch) ReadDispatch(ReadOnlySpan<byte> frame) => Read(frame, decode: true);

    private static (GatewayEnvelope Envelope, GatewayDispatch? Dispatch) Read(ReadOnlySpan<byte> frame, bool decode)
    {
        var reader = new Utf8JsonReader(frame);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A gateway frame must be a JSON object.");
        }

        int op = -1;
        long? seq = null;
        string? eventName = null;
        int dataStart = 0, dataLength = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("op"u8))
            {
                reader.Read();
                op = reader.GetInt32();
            }
            else if (reader.ValueTextEquals("s"u8))
            {
                reader.Read();
                seq = reader.TokenType == JsonTokenType.Null ? null : reader.GetInt64();
            }
            else if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                eventName = reader.TokenType == JsonTokenType.Null ? null : ReadEventName(ref reader);
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                dataStart = (int)reader.TokenStartIndex;
                if (decode && op == 0 && eventName is not null && seq is long s
                    && TryDecodeTrailingData(frame, dataStart, eventName, s) is { } fast)
                {
                    // Discord sends d last: the rest of the frame is d plus the closing brace.
                    return (new GatewayEnvelope(op, seq, eventName, dataStart, fast.Length), fast.Dispatch);
                }

                reader.Skip();
                dataLength = (int)reader.BytesConsumed - dataStart;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (op < 0)
        {
            throw new JsonException("A gateway frame has no 'op'.");
        }

        var envelope = new GatewayEnvelope(op, seq, eventName, dataStart, dataLength);
        GatewayDispatch? dispatch = decode && op == 0 && eventName is not null ? DispatchDecoder.Decode(eventName, seq ?? 0, envelope.Data(frame)) : null;
        return (envelope, dispatch);
    }

    /// <summary>
    /// Decodes <c>d</c> in one pass when it is the last property (Discord's order: t, s, op, d); null when it is
    /// not, and the caller falls back to skipping it and decoding the slice. Saves a full scan of the payload.
    /// </summary>
    private static (GatewayDispatch Dispatch, int Length)? TryDecodeTrailingData(ReadOnlySpan<byte> frame, int dataStart, string eventName, long seq)
    {
        ReadOnlySpan<byte> rest = frame[dataStart..].TrimEnd(" \t\r\n"u8);
        if (rest.Length < 2 || rest[^1] != (byte)'}')
        {
            return null;
        }

        ReadOnlySpan<byte> data = rest[..^1].TrimEnd(" \t\r\n"u8);
        try
        {
            return (DispatchDecoder.Decode(eventName, seq, data), data.Length);
        }
        catch (JsonException)
        {
            return null; // d was not last (or is malformed): the slow path decides
        }
    }

    private static string ReadEventName(ref Utf8JsonReader reader)
    {
        foreach (string known in KnownEvents)
        {
            if (reader.ValueTextEquals(known))
            {
                return known;
            }
        }

        return reader.GetString()!;
    }
}
