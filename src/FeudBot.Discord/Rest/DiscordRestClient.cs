using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FeudBot.Discord.Json;
using FeudBot.Discord.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Discord.Rest;

/// <summary>
/// Discord REST v10 over <see cref="HttpClient"/> (the HttpMessageHandler is the test seam). Every call goes
/// through <see cref="RestRateLimiter"/>; 429s wait and retry; idempotent calls retry on 5xx; 401 on a bot route
/// throws <see cref="DiscordUnauthorizedException"/>; other errors throw <see cref="DiscordRestException"/>.
/// 10062 and 40060 are never retried.
/// </summary>
public sealed partial class DiscordRestClient
{
    /// <summary>Name of the <see cref="HttpClient"/> registered by <c>AddDiscordGateway</c>.</summary>
    public const string HttpClientName = "FeudBot.Discord";

    private const int MaxAttempts = 4;
    private readonly HttpClient _http;
    private readonly RestRateLimiter _limiter;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly string _baseUrl;

    /// <summary>Creates the client.</summary>
    public DiscordRestClient(HttpClient http, RestRateLimiter limiter, IOptions<DiscordOptions> options, TimeProvider timeProvider, ILogger<DiscordRestClient> logger)
    {
        _http = http;
        _limiter = limiter;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger;
        _baseUrl = new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/").AbsoluteUri;
    }

    /// <summary><c>GET /gateway/bot</c>: gateway URL and session start limits.</summary>
    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.GatewayBot(), null, DiscordJsonContext.Default.GatewayBotInfo, cancellationToken)!;

    /// <summary><c>PUT /applications/{id}/commands</c>: replaces every global command.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.GlobalCommands(applicationId), Json(commands, DiscordJsonContext.Outgoing.IReadOnlyListApplicationCommand), DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken)!;

    /// <summary><c>PUT /applications/{id}/guilds/{guild}/commands</c>: replaces a guild's commands (instant; for testing).</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.GuildCommands(applicationId, guildId), Json(commands, DiscordJsonContext.Outgoing.IReadOnlyListApplicationCommand), DiscordJsonContext.Default.IReadOnlyListApplicationCommand, cancellationToken)!;

    /// <summary><c>POST /interactions/{id}/{token}/callback</c>: the initial answer, due within 3 s. See <see cref="InteractionResponse"/> factories.</summary>
    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken = default) =>
        CreateInteractionResponseAsync(interactionId, interactionToken, PreparedInteractionResponse.From(response), cancellationToken);

    /// <summary><c>POST /interactions/{id}/{token}/callback</c> with a body serialized beforehand (the same answer for many interactions).</summary>
    public Task CreateInteractionResponseAsync(ulong interactionId, string interactionToken, PreparedInteractionResponse response, CancellationToken cancellationToken = default) =>
        SendAsync<object>(DiscordRoutes.InteractionCallback(interactionId, interactionToken), Body(response.Utf8Json), null, cancellationToken);

    /// <summary><c>PATCH /webhooks/{app}/{token}/messages/@original</c>: edits the initial answer (after a deferral, for example).</summary>
    public Task<Message> EditOriginalResponseAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.EditOriginal(applicationId, interactionToken), Json(message, DiscordJsonContext.Outgoing.MessagePayload), DiscordJsonContext.Default.Message, cancellationToken)!;

    /// <summary><c>DELETE /webhooks/{app}/{token}/messages/@original</c>.</summary>
    public Task DeleteOriginalResponseAsync(ulong applicationId, string interactionToken, CancellationToken cancellationToken = default) =>
        SendAsync<object>(DiscordRoutes.DeleteOriginal(applicationId, interactionToken), null, null, cancellationToken);

    /// <summary><c>POST /webhooks/{app}/{token}</c>: a follow-up message (within 15 minutes).</summary>
    public Task<Message> CreateFollowupMessageAsync(ulong applicationId, string interactionToken, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.CreateFollowup(applicationId, interactionToken), Json(message, DiscordJsonContext.Outgoing.MessagePayload), DiscordJsonContext.Default.Message, cancellationToken)!;

    /// <summary><c>PATCH /webhooks/{app}/{token}/messages/{id}</c>: edits a follow-up.</summary>
    public Task<Message> EditFollowupMessageAsync(ulong applicationId, string interactionToken, ulong messageId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.EditFollowup(applicationId, interactionToken, messageId), Json(message, DiscordJsonContext.Outgoing.MessagePayload), DiscordJsonContext.Default.Message, cancellationToken)!;

    /// <summary><c>POST /channels/{id}/messages</c>; set <see cref="MessagePayload.MessageReference"/> to reply.</summary>
    public Task<Message> CreateMessageAsync(ulong channelId, MessagePayload message, CancellationToken cancellationToken = default) =>
        SendAsync(DiscordRoutes.CreateMessage(channelId), Json(message, DiscordJsonContext.Outgoing.MessagePayload), DiscordJsonContext.Default.Message, cancellationToken)!;

    /// <summary>
    /// Serializes once (retries resend the same bytes) into a body with a Content-Length: JsonContent would
    /// stream it chunked, which costs both ends a chunk parser and extra writes on every callback.
    /// </summary>
    private static Func<HttpContent> Json<T>(T value, JsonTypeInfo<T> typeInfo) => Body(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));

    private static Func<HttpContent> Body(ReadOnlyMemory<byte> utf8Json) =>
        () => new ReadOnlyMemoryContent(utf8Json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };

    private async Task<T?> SendAsync<T>(RestRoute route, Func<HttpContent>? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            RateLimitTicket ticket = await _limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                using HttpRequestMessage request = BuildRequest(route, body);
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex) when (route.Idempotent && attempt < MaxAttempts)
            {
                _limiter.Release(ticket);
                LogTransportRetry(_logger, route.Template, attempt, ex.Message);
                await Task.Delay(RetryDelay(attempt), _time, cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch
            {
                _limiter.Release(ticket);
                throw;
            }

            using (response)
            {
                DiscordErrorBody? error = response.IsSuccessStatusCode ? null : await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
                _limiter.Complete(route, ticket, response, error?.RetryAfter is double s ? TimeSpan.FromSeconds(s) : null);
                if (!response.IsSuccessStatusCode && _limiter.InvalidRequestsLast10Minutes is var invalid and >= 1000 && invalid % 500 == 0)
                {
                    LogManyInvalidRequests(_logger, invalid);
                }

                if (response.IsSuccessStatusCode)
                {
                    return responseType is null || response.StatusCode == HttpStatusCode.NoContent
                        ? default
                        : await response.Content.ReadFromJsonAsync(responseType, cancellationToken).ConfigureAwait(false);
                }

                int status = (int)response.StatusCode;
                if (status == 429 && attempt < MaxAttempts)
                {
                    LogRateLimited(_logger, route.Template, error?.Global == true, error?.RetryAfter ?? 0, attempt);
                    continue; // the limiter now holds the wait
                }

                if (status >= 500 && route.Idempotent && attempt < MaxAttempts)
                {
                    LogServerErrorRetry(_logger, route.Template, status, attempt);
                    await Task.Delay(RetryDelay(attempt), _time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                throw ToException(route, response.StatusCode, error);
            }
        }
    }

    private HttpRequestMessage BuildRequest(RestRoute route, Func<HttpContent>? body)
    {
        // Route paths are relative and already escaped: one parse of the absolute URL, instead of parsing the path,
        // resolving it against a base Uri and parsing the result, on every callback.
        var request = new HttpRequestMessage(route.Method, new Uri(_baseUrl + route.Path, UriKind.Absolute));
        if (!route.IsInteraction)
        {
            // Interaction routes authenticate with the token in the path.
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", _options.Token);
        }

        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Content = body?.Invoke();
        return request;
    }

    private static async Task<DiscordErrorBody?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length == 0 ? null : JsonSerializer.Deserialize(bytes, DiscordJsonContext.Default.DiscordErrorBody);
        }
        catch (JsonException)
        {
            return null; // e.g. a Cloudflare HTML page
        }
    }

    private static DiscordRestException ToException(RestRoute route, HttpStatusCode status, DiscordErrorBody? error)
    {
        string message = error?.Message ?? status.ToString();
        if (status == HttpStatusCode.Unauthorized && !(route.IsWebhook && error?.Code == DiscordRestException.InvalidWebhookToken) && !route.IsInteraction)
        {
            return new DiscordUnauthorizedException(error?.Code, message, route.Template);
        }

        return new DiscordRestException(status, error?.Code, message, DiscordErrorTree.Flatten(error?.Errors), route.Template);
    }

    private static TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(500 * Math.Pow(2, attempt - 1));

    [LoggerMessage(20, LogLevel.Warning, "Discord {Route} rate limited (global: {Global}), retry after {RetryAfter} s, attempt {Attempt}")]
    private static partial void LogRateLimited(ILogger logger, string route, bool global, double retryAfter, int attempt);

    [LoggerMessage(21, LogLevel.Warning, "Discord {Route} answered {Status}; retrying (attempt {Attempt})")]
    private static partial void LogServerErrorRetry(ILogger logger, string route, int status, int attempt);

    [LoggerMessage(23, LogLevel.Error, "{Count} invalid requests (401/403/429) in 10 minutes; Discord bans the IP at 10000")]
    private static partial void LogManyInvalidRequests(ILogger logger, int count);

    [LoggerMessage(22, LogLevel.Warning, "Discord {Route} transport error ({Error}); retrying (attempt {Attempt})")]
    private static partial void LogTransportRetry(ILogger logger, string route, int attempt, string error);
}
