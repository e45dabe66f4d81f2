namespace FeudBot.Discord.Models;

/// <summary>A reply reference (https://discord.com/developers/docs/resources/message#message-reference-structure).</summary>
public sealed record MessageReference
{
    /// <summary>0 DEFAULT (reply), 1 FORWARD.</summary>
    public int? Type { get; set; }
    public ulong? MessageId { get; set; }
    public ulong? ChannelId { get; set; }
    public ulong? GuildId { get; set; }
    /// <summary>False lets the reply go out as a plain message when the referenced one was deleted.</summary>
    public bool? FailIfNotExists { get; set; }
}
