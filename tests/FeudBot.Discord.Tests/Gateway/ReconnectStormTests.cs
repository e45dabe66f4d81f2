using FeudBot.Discord.Gateway;
using FeudBot.Discord.Tests.Support;
using FeudBot.FakeDiscord;

namespace FeudBot.Discord.Tests.Gateway;

/// <summary>50 forced disconnects of every kind: resumes stay resumes, IDENTIFYs stay within max_concurrency per 5 s.</summary>
public sealed class ReconnectStormTests
{
    [Fact]
    public async Task Fifty_forced_disconnects_never_identify_more_than_allowed()
    {
        RecordingIdentifyLimiter? recorder = null;
        await using GatewayHarness h = await GatewayHarness.StartAsync(
            random: 0.3,
            limiter: time => recorder = new RecordingIdentifyLimiter(new LocalIdentifyLimiter(time), time));
        await h.WaitActiveAsync();
        int newSessions = 0;

        for (int i = 1; i <= 50; i++)
        {
            FakeGatewayConnection connection = h.Discord.CurrentConnection!;
            int starts = h.Discord.IdentifyCount + h.Discord.ResumeCount;
            switch (i % 5)
            {
                case 0:
                    await connection.CloseAsync(4009); // session timed out: new session
                    newSessions++;
                    break;
                case 1:
                    await connection.CloseAsync(4000);
                    break;
                case 2:
                    connection.Abort();
                    break;
                case 3:
                    await connection.SendReconnectAsync();
                    break;
                default:
                    await connection.SendInvalidSessionAsync(resumable: true);
                    break;
            }

            await Eventually.AdvanceUntilAsync(h.Time,
                () => h.Discord.IdentifyCount + h.Discord.ResumeCount > starts && h.Client.State == GatewayConnectionState.Active,
                $"reconnect #{i}");
        }

        Assert.Equal(1 + newSessions, h.Discord.IdentifyCount);
        Assert.Equal(50 - newSessions, h.Discord.ResumeCount);
        Assert.Equal(h.Discord.IdentifyCount, h.Client.IdentifyCount);
        Assert.Equal(50, h.Client.ReconnectCount);
        IReadOnlyList<DateTimeOffset> identifies = recorder!.Granted;
        for (int i = 1; i < identifies.Count; i++)
        {
            Assert.True(identifies[i] - identifies[i - 1] >= LocalIdentifyLimiter.Window, $"identify {i} came {identifies[i] - identifies[i - 1]} after the previous one");
        }
    }

    private sealed class RecordingIdentifyLimiter(IIdentifyLimiter inner, TimeProvider time) : IIdentifyLimiter
    {
        private readonly List<DateTimeOffset> _granted = [];

        public IReadOnlyList<DateTimeOffset> Granted
        {
            get
            {
                lock (_granted)
                {
                    return _granted.ToArray();
                }
            }
        }

        public async ValueTask WaitAsync(int shardId, int maxConcurrency, CancellationToken cancellationToken)
        {
            await inner.WaitAsync(shardId, maxConcurrency, cancellationToken);
            lock (_granted)
            {
                _granted.Add(time.GetUtcNow());
            }
        }
    }
}
