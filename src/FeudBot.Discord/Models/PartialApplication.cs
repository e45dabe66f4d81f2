namespace FeudBot.Discord.Models;

/// <summary>The application id and flags carried by READY.</summary>
public sealed record PartialApplication
{
    public ulong Id { get; set; }
    public long? Flags { get; set; }
}
