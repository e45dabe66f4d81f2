namespace FeudBot.FakeDiscord;

/// <summary>Behaviour switches of <see cref="FakeDiscordServer"/>; change them at any time.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>HELLO's heartbeat_interval in ms.</summary>
    public int HeartbeatIntervalMs { get; set; } = 41_250;

    /// <summary>Send HELLO as soon as a socket opens.</summary>
    public bool AutoHello { get; set; } = true;

    /// <summary>Real-time wait before HELLO.</summary>
    public TimeSpan HelloDelay { get; set; }

    /// <summary>Answer IDENTIFY with READY.</summary>
    public bool AutoReady { get; set; } = true;

    /// <summary>Answer heartbeats with op 11 (set false to make the client detect a zombie).</summary>
    public bool AckHeartbeats { get; set; } = true;

    /// <summary>Accept RESUME (replay + RESUMED); false answers op 9 d=false.</summary>
    public bool AcceptResume { get; set; } = true;

    /// <summary>On RESUME also replay this many events the client already had (Discord may deliver twice).</summary>
    public int ResumeReplayOverlap { get; set; }

    /// <summary>When set, IDENTIFY and REST need this token (else 4004 / 401).</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>READY application.id.</summary>
    public ulong ApplicationId { get; set; } = 100000000000000001;

    /// <summary>READY user.id (the bot).</summary>
    public ulong BotUserId { get; set; } = 100000000000000002;

    /// <summary>GET /gateway/bot session_start_limit.max_concurrency.</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>
    /// Keep every REST request in <see cref="FakeDiscordServer.Requests"/> (scripted responses still match when false).
    /// Load runs turn it off: thousands of retained bodies would make the bot's garbage collections, and so its
    /// latency, depend on the fake's memory.
    /// </summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>
    /// Events each session keeps for RESUME replay (the most recent ones). Discord keeps a session's missed events
    /// only for a while; an unbounded log would also keep every load-run dispatch alive, and the bot's garbage
    /// collections (in the same process) would copy them from generation to generation.
    /// </summary>
    public int ReplayLogLimit { get; set; } = 256;

    /// <summary>GET /gateway/bot session_start_limit.remaining.</summary>
    public int SessionStartsRemaining { get; set; } = 999;
}
