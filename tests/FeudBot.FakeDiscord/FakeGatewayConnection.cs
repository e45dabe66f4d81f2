using System.Buffers;
using System.IO.Compression;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FeudBot.FakeDiscord;

/// <summary>One client WebSocket on the fake gateway; script it with the send/close/abort methods.</summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly HttpContext _context;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly MemoryStream? _compressed;
    private readonly ZLibStream? _deflater;

    internal FakeGatewayConnection(int id, WebSocket socket, HttpContext context)
    {
        Id = id;
        _socket = socket;
        _context = context;
        Path = context.Request.Path.Value ?? "";
        Query = context.Request.QueryString.Value ?? "";
        if (Query.Contains("compress=zlib-stream", StringComparison.Ordinal))
        {
            // One deflate context per connection, flushed (Z_SYNC_FLUSH) after every payload, like Discord.
            _compressed = new MemoryStream();
            _deflater = new ZLibStream(_compressed, CompressionLevel.Fastest, leaveOpen: true);
        }
    }

    /// <summary>True when the client asked for <c>compress=zlib-stream</c>: frames go out as zlib binary messages.</summary>
    public bool IsCompressed => _deflater is not null;

    /// <summary>With compression, send each compressed payload in two WebSocket messages (clients must buffer to 00 00 FF FF).</summary>
    public bool SplitCompressedPayloads { get; set; }

    /// <summary>1-based connection number.</summary>
    public int Id { get; }

    /// <summary>"/gateway" or "/resume": which URL the client connected to.</summary>
    public string Path { get; }

    /// <summary>The query string, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>True when the client connected on the resume URL.</summary>
    public bool IsResumeUrl => Path.StartsWith("/resume", StringComparison.Ordinal);

    /// <summary>True while the socket is open.</summary>
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>The close code the client sent (null until it closes, or when it just dropped).</summary>
    public int? ClientCloseStatus { get; internal set; }

    /// <summary>Completes when the connection has ended.</summary>
    public Task Closed => ClosedSource.Task;

    internal TaskCompletionSource ClosedSource { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Sends raw text (any JSON, even malformed).</summary>
    public async Task SendRawAsync(string text)
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_deflater is null)
            {
                // A pooled buffer: in a load run this is once per dispatch, and the fake's garbage would be collected on the bot's time.
                byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
                try
                {
                    int length = Encoding.UTF8.GetBytes(text, buffer);
                    await _socket.SendAsync(buffer.AsMemory(0, length), WebSocketMessageType.Text, true, CancellationToken.None).ConfigureAwait(false);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
            else
            {
                _compressed!.SetLength(0);
                _deflater.Write(Encoding.UTF8.GetBytes(text));
                _deflater.Flush();
                byte[] payload = _compressed.ToArray();
                int split = SplitCompressedPayloads && payload.Length > 8 ? payload.Length / 2 : payload.Length;
                await _socket.SendAsync(payload.AsMemory(0, split), WebSocketMessageType.Binary, true, CancellationToken.None).ConfigureAwait(false);
                if (split < payload.Length)
                {
                    await _socket.SendAsync(payload.AsMemory(split), WebSocketMessageType.Binary, true, CancellationToken.None).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends one message split into WebSocket fragments of <paramref name="fragmentSize"/> bytes.</summary>
    public async Task SendFragmentedAsync(string text, int fragmentSize)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            for (int offset = 0; offset < bytes.Length; offset += fragmentSize)
            {
                int length = Math.Min(fragmentSize, bytes.Length - offset);
                await _socket.SendAsync(bytes.AsMemory(offset, length), WebSocketMessageType.Text, offset + length >= bytes.Length, CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>op 10 HELLO.</summary>
    public Task SendHelloAsync(int heartbeatIntervalMs) => SendRawAsync($"{{\"op\":10,\"d\":{{\"heartbeat_interval\":{heartbeatIntervalMs}}}}}");

    /// <summary>op 1: asks the client to heartbeat now.</summary>
    public Task RequestHeartbeatAsync() => SendRawAsync("{\"op\":1,\"d\":null}");

    /// <summary>op 7 RECONNECT.</summary>
    public Task SendReconnectAsync() => SendRawAsync("{\"op\":7,\"d\":null}");

    /// <summary>op 9 INVALID_SESSION with <paramref name="resumable"/>.</summary>
    public Task SendInvalidSessionAsync(bool resumable) => SendRawAsync($"{{\"op\":9,\"d\":{(resumable ? "true" : "false")}}}");

    /// <summary>Closes with <paramref name="code"/> (e.g. 4004, 4009, 1001).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        await _sendLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame (the client sees 1006 / no close code).</summary>
    public void Abort()
    {
        if (Closed.IsCompleted)
        {
            return;
        }

        try
        {
            // Both: aborting only the HttpContext of an upgraded request can leave the TCP connection up.
            _socket.Abort();
            _context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended.
        }
    }
}
