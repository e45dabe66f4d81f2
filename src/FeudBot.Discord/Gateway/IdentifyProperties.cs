namespace FeudBot.Discord.Gateway;

/// <summary>Connection properties; the <c>$os</c> spelling is deprecated.</summary>
internal sealed record IdentifyProperties
{
    public string Os { get; init; } = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
    public string Browser { get; init; } = "FeudBot.Discord";
    public string Device { get; init; } = "FeudBot.Discord";
}
