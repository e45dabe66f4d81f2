using System.ComponentModel.DataAnnotations;

namespace FeudBot.Hosting.Health;

/// <summary>
/// The loopback health endpoint (section <c>Health</c>): off by default; the container image turns it on.
/// It listens on 127.0.0.1 only, so nothing outside the container or host can reach it.
/// </summary>
public sealed class HealthOptions
{
    public const string SectionName = "Health";

    /// <summary><c>Health:Enabled</c>: serve <c>/health/ready</c> and <c>/health/live</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>Health:Port</c> on 127.0.0.1.</summary>
    [Range(1, 65535, ErrorMessage = "Health:Port must be a TCP port between 1 and 65535.")]
    public int Port { get; set; } = 8080;

    /// <summary>
    /// <c>Health:MaxHeartbeatAge</c>: ready only if the last heartbeat ACK is younger than this (Discord's
    /// interval is about 41 s; two intervals without an ACK means the connection is gone).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "Health:MaxHeartbeatAge must be between {1} and {2}.")]
    public TimeSpan MaxHeartbeatAge { get; set; } = TimeSpan.FromSeconds(90);
}
