using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text.Json;
using FeudBot.FakeDiscord;

namespace FeudBot.Benchmarks;

/// <summary>
/// The floor under any bot on this machine: a client that does only what Discord makes every bot do for one
/// interaction (read the INTERACTION_CREATE frame from the gateway, parse it for id and token, POST one callback)
/// and nothing else: no answer, no rendering, a fixed 66-byte body, no rate limiter, no logging. The load harness
/// runs it against the same fake and the same bursts as the bot (<c>bot-load --floor</c>), so the bot's figures
/// can be read against what the fake, the loopback HTTP stack and the 2 cores allow at all.
/// </summary>
internal sealed class CallbackFloorClient : IAsyncDisposable
{
    private static readonly byte[] Identify =
        """{"op":2,"d":{"token":"floor","intents":0,"properties":{"os":"linux","browser":"floor","device":"floor"}}}"""u8.ToArray();

    private static readonly byte[] Callback = """{"type":4,"data":{"content":"ok","allowed_mentions":{"parse":[]}}}"""u8.ToArray();

    private readonly ClientWebSocket _socket = new();
    private readonly HttpClient _http;
    private readonly SemaphoreSlim _slots;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    private CallbackFloorClient(string apiBaseUrl, int concurrency)
    {
        _http = new HttpClient { BaseAddress = new Uri(apiBaseUrl.TrimEnd('/') + "/") };
        _slots = new SemaphoreSlim(concurrency, concurrency);
    }

    /// <summary>Connects, identifies and starts answering; returns once the fake has a session for it.</summary>
    public static async Task<CallbackFloorClient> ConnectAsync(FakeDiscordServer discord, int concurrency)
    {
        var client = new CallbackFloorClient(discord.ApiBaseUrl, concurrency);
        await client._socket.ConnectAsync(discord.GatewayUrl, CancellationToken.None);
        await client._socket.SendAsync(Identify, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        client._loop = client.ReceiveLoopAsync(client._stop.Token);
        await discord.WaitForReadyAsync(timeout: TimeSpan.FromSeconds(10));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Abort();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (!cancellationToken.IsCancellationRequested)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += result.Count;
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close) return;
            if (Interaction(buffer.AsSpan(0, length)) is not { } interaction) continue;
            // The same back-pressure as the bot (Bot:MaxConcurrency): at most so many callbacks in flight.
            await _slots.WaitAsync(cancellationToken);
            _ = PostAsync(interaction.Id, interaction.Token);
        }
    }

    private async Task PostAsync(string id, string token)
    {
        try
        {
            using var content = new ByteArrayContent(Callback);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await _http.PostAsync($"interactions/{id}/{token}/callback", content);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>id and token of an INTERACTION_CREATE frame, else null (HELLO, READY, ACKs).</summary>
    private static (string Id, string Token)? Interaction(ReadOnlySpan<byte> frame)
    {
        var reader = new Utf8JsonReader(frame);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
        var isInteraction = false;
        (string Id, string Token)? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("t"u8))
            {
                reader.Read();
                isInteraction = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("INTERACTION_CREATE"u8);
            }
            else if (reader.ValueTextEquals("d"u8))
            {
                reader.Read();
                found = reader.TokenType == JsonTokenType.StartObject ? IdAndToken(ref reader) : null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return isInteraction ? found : null;
    }

    /// <summary>Reads the top-level <c>id</c> and <c>token</c> of <c>d</c>, leaving the reader at d's end.</summary>
    private static (string Id, string Token)? IdAndToken(ref Utf8JsonReader reader)
    {
        string? id = null, token = null;
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1) continue;
            if (reader.ValueTextEquals("id"u8) && reader.Read()) id = reader.GetString();
            else if (reader.ValueTextEquals("token"u8) && reader.Read()) token = reader.GetString();
        }

        return id is not null && token is not null ? (id, token) : null;
    }
}
