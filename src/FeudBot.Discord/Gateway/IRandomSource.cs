namespace FeudBot.Discord.Gateway;

/// <summary>Random seam for heartbeat jitter, backoff jitter and the op 9 delay.</summary>
public interface IRandomSource
{
    /// <summary>A value in [0, 1).</summary>
    double NextDouble();
}

/// <summary>Default <see cref="IRandomSource"/> over <see cref="Random.Shared"/>.</summary>
public sealed class SystemRandomSource : IRandomSource
{
    /// <inheritdoc />
    public double NextDouble() => Random.Shared.NextDouble();
}
