namespace FeudBot.Discord.Gateway;

/// <summary>Random seam for heartbeat jitter, backoff jitter and the op 9 delay.</summary>
public interface IRandomSource
{
    /// <summary>A value in [0, 1).</summary>
    double NextDouble();
}
