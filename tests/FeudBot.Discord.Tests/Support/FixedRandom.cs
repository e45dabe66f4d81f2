using FeudBot.Discord.Gateway;

namespace FeudBot.Discord.Tests.Support;

/// <summary>A deterministic <see cref="IRandomSource"/>.</summary>
internal sealed class FixedRandom(double value) : IRandomSource
{
    public double Value { get; set; } = value;

    public double NextDouble() => Value;
}
