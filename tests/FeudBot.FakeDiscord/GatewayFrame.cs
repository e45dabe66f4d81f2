using System.Text.Json;

namespace FeudBot.FakeDiscord;

/// <summary>A frame the fake received from the client.</summary>
/// <param name="ConnectionId">Which connection (1-based, in order of connection).</param>
/// <param name="Op">The frame's opcode.</param>
/// <param name="Json">The raw text.</param>
/// <param name="ReceivedAt">Wall-clock receive time (diagnostics only).</param>
public sealed record GatewayFrame(int ConnectionId, int Op, string Json, DateTimeOffset ReceivedAt)
{
    /// <summary>The parsed frame.</summary>
    public JsonElement Payload { get; } = JsonDocument.Parse(Json).RootElement.Clone();

    /// <summary>The <c>d</c> field (Undefined when absent).</summary>
    public JsonElement D => Payload.TryGetProperty("d", out JsonElement d) ? d : default;

    /// <summary>A frame just received: <see cref="Op"/> comes from <see cref="Payload"/>, so the text is parsed once.</summary>
    internal static GatewayFrame Received(int connectionId, string json)
    {
        var frame = new GatewayFrame(connectionId, -1, json, DateTimeOffset.UtcNow);
        // `with` copies Payload rather than parsing again.
        return frame.Payload.TryGetProperty("op", out JsonElement op) && op.TryGetInt32(out int value) ? frame with { Op = value } : frame;
    }

    /// <inheritdoc />
    public override string ToString() => $"conn {ConnectionId} op {Op}: {(Json.Length > 200 ? Json[..200] + "…" : Json)}";
}
