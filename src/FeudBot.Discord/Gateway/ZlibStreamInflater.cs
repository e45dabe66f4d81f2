using System.Buffers;
using System.IO.Compression;

namespace FeudBot.Discord.Gateway;

/// <summary>
/// <c>compress=zlib-stream</c>: one inflate context for the whole connection; chunks are buffered until
/// one ends with the Z_SYNC_FLUSH suffix <c>00 00 FF FF</c>, then inflated
/// (https://discord.com/developers/docs/events/gateway#zlibstream). Create a new one per connection.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private static ReadOnlySpan<byte> SyncFlushSuffix => [0x00, 0x00, 0xFF, 0xFF];

    private readonly MemoryStream _compressed = new();
    private readonly ZLibStream _inflater;

    public ZlibStreamInflater()
    {
        _inflater = new ZLibStream(_compressed, CompressionMode.Decompress, leaveOpen: true);
    }

    /// <summary>
    /// Adds a received message; when it completes a flush, writes the inflated JSON into
    /// <paramref name="output"/> and returns true.
    /// </summary>
    public bool TryInflate(ReadOnlySpan<byte> chunk, IBufferWriter<byte> output)
    {
        long end = _compressed.Length;
        _compressed.Position = end;
        _compressed.Write(chunk);
        if (!HasSuffix())
        {
            return false;
        }

        _compressed.Position = 0;
        while (true)
        {
            Span<byte> span = output.GetSpan(8192);
            int read = _inflater.Read(span);
            if (read == 0)
            {
                break;
            }

            output.Advance(read);
        }

        _compressed.SetLength(0);
        return true;
    }

    private bool HasSuffix()
    {
        if (_compressed.Length < 4)
        {
            return false;
        }

        ReadOnlySpan<byte> all = _compressed.GetBuffer().AsSpan(0, (int)_compressed.Length);
        return all[^4..].SequenceEqual(SyncFlushSuffix);
    }

    public void Dispose()
    {
        _inflater.Dispose();
        _compressed.Dispose();
    }
}
