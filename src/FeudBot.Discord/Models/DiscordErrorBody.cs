using System.Text.Json;

namespace FeudBot.Discord.Models;

/// <summary>A Discord JSON error (https://discord.com/developers/docs/reference#error-messages) or a 429 body.</summary>
public sealed record DiscordErrorBody
{
    public int? Code { get; init; }
    public string? Message { get; init; }
    /// <summary>Nested error tree of a 50035 Invalid Form Body.</summary>
    public JsonElement? Errors { get; init; }
    /// <summary>Seconds to wait (429 only).</summary>
    public double? RetryAfter { get; init; }
    /// <summary>True when the global limit was hit (429 only).</summary>
    public bool? Global { get; init; }
}
