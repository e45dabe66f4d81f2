using System.Diagnostics;
using System.Globalization;
using FeudBot.FakeDiscord;

namespace FeudBot.Benchmarks;

/// <summary>
/// Sits in front of the fake's default REST routes and notes when each interaction of the current run got its first
/// callback (a Stopwatch timestamp); never answers itself. A run's ids are consecutive, so arrivals go into one array
/// per run: a dictionary of every id ever answered grew to hundreds of thousands of nodes, each new one linked from
/// an old, large bucket array, work that every collection during a burst did for the harness, not for the bot.
/// </summary>
internal sealed class CallbackTap
{
    private volatile Run? _run;
    private int _callbacks;
    private int _withEmbed;
    private long _bodyBytes;

    /// <summary>Interactions of the current run with a callback so far.</summary>
    public int ArrivedInRun => _run?.Count ?? 0;

    /// <summary>Callbacks of type 4 (a message) that carry an embed: the answers, not notices.</summary>
    public int WithEmbed => Volatile.Read(ref _withEmbed);

    /// <summary>Mean size of the interaction callback bodies so far, in bytes.</summary>
    public double MeanBodyBytes
    {
        get
        {
            var callbacks = Volatile.Read(ref _callbacks);
            return callbacks == 0 ? 0 : (double)Interlocked.Read(ref _bodyBytes) / callbacks;
        }
    }

    /// <summary>Starts a run of <paramref name="count"/> interactions with ids from <paramref name="firstId"/>.</summary>
    public void Expect(ulong firstId, int count) => _run = new Run(firstId, new long[count]);

    /// <summary>When the interaction's first callback arrived, if it belongs to the current run and did.</summary>
    public long? ArrivedAt(ulong interactionId) =>
        _run is { } run && run.Index(interactionId) is var i and >= 0 && Volatile.Read(ref run.Arrived[i]) is var at and not 0 ? at : null;

    /// <summary>The <see cref="FakeRestResponse.Match"/> predicate: records, then lets the default route answer.</summary>
    public bool Record(RecordedRequest request)
    {
        var now = Stopwatch.GetTimestamp();
        if (!request.Path.StartsWith("interactions/", StringComparison.Ordinal)) return false;

        var id = request.Path.AsSpan("interactions/".Length);
        id = id[..id.IndexOf('/')];
        if (_run is { } run && run.Index(ulong.Parse(id, CultureInfo.InvariantCulture)) is var i and >= 0
            && Interlocked.CompareExchange(ref run.Arrived[i], now, 0) == 0)
        {
            Interlocked.Increment(ref run.Count);
        }

        Interlocked.Increment(ref _callbacks);
        var body = request.BodyUtf8.Span;
        Interlocked.Add(ref _bodyBytes, body.Length);
        if (body.IndexOf("\"type\":4"u8) >= 0 && body.IndexOf("\"embeds\""u8) >= 0) Interlocked.Increment(ref _withEmbed);
        return false;
    }

    private sealed class Run(ulong firstId, long[] arrived)
    {
        public readonly long[] Arrived = arrived;
        public int Count;

        public int Index(ulong id) => id - firstId < (ulong)Arrived.Length ? (int)(id - firstId) : -1;
    }
}
