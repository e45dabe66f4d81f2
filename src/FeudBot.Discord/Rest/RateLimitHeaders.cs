using System.Globalization;
using System.Net.Http.Headers;

namespace FeudBot.Discord.Rest;

/// <summary>The rate-limit headers of one response (https://discord.com/developers/docs/topics/rate-limits#header-format).</summary>
internal readonly record struct RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, TimeSpan? RetryAfter, string? Scope)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Get(headers, "X-RateLimit-Bucket"),
        int.TryParse(Get(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int remaining) ? remaining : null,
        Seconds(Get(headers, "X-RateLimit-Reset-After")),
        string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Seconds(Get(headers, "Retry-After")),
        Get(headers, "X-RateLimit-Scope"));

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) ? TimeSpan.FromSeconds(s) : null;
}
