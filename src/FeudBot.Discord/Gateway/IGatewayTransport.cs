using System.Buffers;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// The narrow seam between the gateway protocol and a WebSocket. One instance serves one connection.
/// Implementations allow one send and one receive at a time, concurrently with each other.
/// </summary>
public interface IGatewayTransport : IAsyncDisposable
{
    /// <summary>Opens the connection.</summary>
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken);

    /// <summary>Sends one whole text message.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> utf8Json, CancellationToken cancellationToken);

    /// <summary>
    /// Receives one whole message into <paramref name="destination"/>, reassembling fragments.
    /// Returns <see cref="GatewayMessageType.Close"/> when the peer closed (see <see cref="CloseStatus"/>).
    /// Throws when the connection drops without a close frame.
    /// </summary>
    ValueTask<GatewayMessageType> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken);

    /// <summary>Sends a close frame with <paramref name="code"/> (do not wait for the peer).</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken);

    /// <summary>Drops the connection at once.</summary>
    void Abort();

    /// <summary>The close code the peer sent, or null when none was received.</summary>
    int? CloseStatus { get; }

    /// <summary>The close reason the peer sent.</summary>
    string? CloseDescription { get; }
}
