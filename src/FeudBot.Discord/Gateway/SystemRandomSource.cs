namespace FeudBot.Discord.Gateway;

/// <summary>Default <see cref="IRandomSource"/> over <see cref="Random.Shared"/>.</summary>
public sealed class SystemRandomSource : IRandomSource
{
    /// <inheritdoc />
    public double NextDouble() => Random.Shared.NextDouble();
}
