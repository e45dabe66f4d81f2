using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FeudBot.Hosting.Health;

/// <summary>What the health endpoint reports, and its one-line and JSON forms.</summary>
/// <param name="Live">The process is up and the gateway has not stopped for good.</param>
/// <param name="Ready">Gateway READY or RESUMED, a recent heartbeat ACK, a knowledge snapshot loaded.</param>
/// <param name="Gateway">The gateway connection state.</param>
/// <param name="SinceLastAck">Time since the last heartbeat ACK, or null before the first.</param>
/// <param name="SnapshotVersion">The loaded snapshot's version, or null before the first load.</param>
public sealed record HealthReport(bool Live, bool Ready, string Gateway, TimeSpan? SinceLastAck, string? SnapshotVersion)
{
    public string ToLine(bool live) => string.Create(CultureInfo.InvariantCulture,
        $"{((live ? Live : Ready) ? "healthy" : "unhealthy")} ({(live ? "live" : "ready")}): gateway {Gateway}, last heartbeat ACK {(SinceLastAck is { } s ? $"{s.TotalSeconds:F0} s ago" : "none yet")}, snapshot {SnapshotVersion ?? "not loaded"}");

    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteBoolean("live", Live);
            json.WriteBoolean("ready", Ready);
            json.WriteString("gateway", Gateway);
            if (SinceLastAck is { } s) json.WriteNumber("secondsSinceLastAck", Math.Round(s.TotalSeconds, 1));
            else json.WriteNull("secondsSinceLastAck");
            json.WriteString("snapshotVersion", SnapshotVersion);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    public static HealthReport? FromJson(string text)
    {
        try
        {
            var root = JsonDocument.Parse(Encoding.UTF8.GetBytes(text)).RootElement;
            return new HealthReport(
                root.GetProperty("live").GetBoolean(),
                root.GetProperty("ready").GetBoolean(),
                root.GetProperty("gateway").GetString() ?? "?",
                root.GetProperty("secondsSinceLastAck").ValueKind == JsonValueKind.Number ? TimeSpan.FromSeconds(root.GetProperty("secondsSinceLastAck").GetDouble()) : null,
                root.GetProperty("snapshotVersion").GetString());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
