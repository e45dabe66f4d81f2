using System.Globalization;

namespace FeudBot.FakeDiscord;

/// <summary>
/// A scripted REST answer, used (once, or <see cref="Times"/> times) for the next requests matching
/// <see cref="Match"/> instead of the default route. Build with the static helpers.
/// </summary>
public sealed class FakeRestResponse
{
    /// <summary>Which requests this answers.</summary>
    public required Func<RecordedRequest, bool> Match { get; init; }

    /// <summary>HTTP status.</summary>
    public int Status { get; init; } = 200;

    /// <summary>JSON body (null for none).</summary>
    public string? Body { get; init; }

    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait before answering (real time).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>How many requests it answers.</summary>
    public int Times { get; set; } = 1;

    /// <summary>A 429 for a bucket (<c>X-RateLimit-Scope: user</c>) or the global limit.</summary>
    public static FakeRestResponse RateLimited(Func<RecordedRequest, bool> match, double retryAfterSeconds, bool global = false, string? bucket = "fakebucket")
    {
        string seconds = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Limit"] = "5";
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = seconds;
            if (bucket is not null)
            {
                headers["X-RateLimit-Bucket"] = bucket;
            }
        }

        return new FakeRestResponse
        {
            Match = match,
            Status = 429,
            Headers = headers,
            Body = $"{{\"message\":\"You are being rate limited.\",\"retry_after\":{seconds},\"global\":{(global ? "true" : "false")}}}",
        };
    }

    /// <summary>A 5xx with an empty JSON body.</summary>
    public static FakeRestResponse ServerError(Func<RecordedRequest, bool> match, int status = 502, int times = 1) =>
        new() { Match = match, Status = status, Body = "{\"message\":\"Bad Gateway\",\"code\":0}", Times = times };

    /// <summary>A Discord JSON error, e.g. <c>Error(m, 404, 10062, "Unknown interaction")</c>.</summary>
    public static FakeRestResponse Error(Func<RecordedRequest, bool> match, int status, int code, string message, string? errorsJson = null) => new()
    {
        Match = match,
        Status = status,
        Body = errorsJson is null
            ? $"{{\"code\":{code},\"message\":\"{message}\"}}"
            : $"{{\"code\":{code},\"message\":\"{message}\",\"errors\":{errorsJson}}}",
    };

    /// <summary>Any JSON answer.</summary>
    public static FakeRestResponse Json(Func<RecordedRequest, bool> match, int status, string body) => new() { Match = match, Status = status, Body = body };
}
