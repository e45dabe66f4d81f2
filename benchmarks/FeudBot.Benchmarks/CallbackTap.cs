using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FeudBot.FakeDiscord;

namespace FeudBot.Benchmarks;

/// <summary>
/// Sits in front of the fake's default REST routes and notes when each interaction's first callback arrived
/// (a Stopwatch timestamp), keyed by interaction id; never answers itself.
/// </summary>
internal sealed class CallbackTap
{
    private readonly ConcurrentDictionary<ulong, long> _arrived = new();
    private int _count;
    private int _withEmbed;
    private long _bodyBytes;

    /// <summary>Interactions with a callback so far (cheap to poll, unlike the dictionary's Count).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Callbacks of type 4 (a message) that carry an embed: the answers, not notices.</summary>
    public int WithEmbed => Volatile.Read(ref _withEmbed);

    /// <summary>Mean size of the callback bodies so far, in bytes.</summary>
    public double MeanBodyBytes => Count == 0 ? 0 : (double)Interlocked.Read(ref _bodyBytes) / Count;

    public long? ArrivedAt(ulong interactionId) => _arrived.TryGetValue(interactionId, out var at) ? at : null;

    /// <summary>The <see cref="FakeRestResponse.Match"/> predicate: records, then lets the default route answer.</summary>
    public bool Record(RecordedRequest request)
    {
        var now = Stopwatch.GetTimestamp();
        if (request.Path.StartsWith("interactions/", StringComparison.Ordinal))
        {
            var id = request.Path.AsSpan("interactions/".Length);
            id = id[..id.IndexOf('/')];
            if (_arrived.TryAdd(ulong.Parse(id, CultureInfo.InvariantCulture), now)) Interlocked.Increment(ref _count);
            var body = request.BodyUtf8.Span;
            Interlocked.Add(ref _bodyBytes, body.Length);
            if (body.IndexOf("\"type\":4"u8) >= 0 && body.IndexOf("\"embeds\""u8) >= 0) Interlocked.Increment(ref _withEmbed);
        }

        return false;
    }
}
