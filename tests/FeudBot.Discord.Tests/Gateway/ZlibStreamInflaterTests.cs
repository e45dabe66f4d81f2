using System.Buffers;
using System.IO.Compression;
using System.Text;
using FeudBot.Discord.Gateway;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>zlib-stream: one context across messages, inflate only on the 00 00 FF FF suffix.</summary>
public sealed class ZlibStreamInflaterTests
{
    [Fact]
    public void Inflates_consecutive_messages_sharing_one_context_even_when_split()
    {
        string[] messages = ["{\"op\":10,\"d\":{\"heartbeat_interval\":41250}}", "{\"op\":11}", "{\"op\":0,\"t\":\"X\",\"s\":1,\"d\":{\"text\":\"" + new string('a', 5000) + "\"}}"];
        var compressed = new MemoryStream();
        var deflater = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true);
        var chunks = new List<byte[]>();
        foreach (string message in messages)
        {
            long start = compressed.Length;
            deflater.Write(Encoding.UTF8.GetBytes(message));
            deflater.Flush(); // Z_SYNC_FLUSH: ends with 00 00 FF FF
            chunks.Add(compressed.ToArray()[(int)start..]);
        }

        using var inflater = new ZlibStreamInflater();
        var output = new ArrayBufferWriter<byte>();
        var results = new List<string>();
        foreach (byte[] chunk in chunks)
        {
            Assert.Equal([0x00, 0x00, 0xFF, 0xFF], chunk[^4..]);
            // Split the last message in two WebSocket messages: the first half must not inflate.
            if (chunk.Length > 20)
            {
                output.ResetWrittenCount();
                Assert.False(inflater.TryInflate(chunk.AsSpan(0, 10), output));
                Assert.True(inflater.TryInflate(chunk.AsSpan(10), output));
            }
            else
            {
                output.ResetWrittenCount();
                Assert.True(inflater.TryInflate(chunk, output));
            }

            results.Add(Encoding.UTF8.GetString(output.WrittenSpan));
        }

        Assert.Equal(messages, results);
    }
}
