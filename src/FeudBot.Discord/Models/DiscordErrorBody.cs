using System.Text.Json;

namespace FeudBot.Discord.Models;

/// <summary>A Discord JSON error (https://discord.com/developers/docs/reference#error-messages) or a 429 body.</summary>
public sealed record DiscordErrorBody
{
    public int? Code { get; set; }
    public string? Message { get; set; }
    /// <summary>Nested error tree of a 50035 Invalid Form Body.</summary>
    public JsonElement? Errors { get; set; }
    /// <summary>Seconds to wait (429 only).</summary>
    public double? RetryAfter { get; set; }
    /// <summary>True when the global limit was hit (429 only).</summary>
    public bool? Global { get; set; }
}
