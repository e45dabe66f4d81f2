using System.Buffers;
using System.Net.WebSockets;

namespace FeudBot.Discord.Gateway;

/// <summary><see cref="IGatewayTransport"/> over <see cref="ClientWebSocket"/>.</summary>
public sealed class WebSocketGatewayTransport : IGatewayTransport
{
    private const int ReceiveChunk = 16 * 1024;
    private readonly ClientWebSocket _socket = new();

    /// <summary>Creates an unconnected transport.</summary>
    public WebSocketGatewayTransport()
    {
        // Discord's heartbeats are the liveness check; WebSocket pings would only add noise.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
    }

    /// <inheritdoc />
    public int? CloseStatus { get; private set; }

    /// <inheritdoc />
    public string? CloseDescription { get; private set; }

    /// <inheritdoc />
    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => _socket.ConnectAsync(uri, cancellationToken);

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken) =>
        _socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<GatewayMessageType> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken)
    {
        while (true)
        {
            Memory<byte> chunk = destination.GetMemory(ReceiveChunk);
            ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                CloseStatus = (int?)_socket.CloseStatus;
                CloseDescription = _socket.CloseStatusDescription;
                return GatewayMessageType.Close;
            }

            destination.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Binary ? GatewayMessageType.Binary : GatewayMessageType.Text;
            }
        }
    }

    /// <inheritdoc />
    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Abort() => _socket.Abort();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
