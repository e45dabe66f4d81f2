namespace FeudBot.Discord.Models;

/// <summary>Message flags a bot may set (https://discord.com/developers/docs/resources/message#message-object-message-flags).</summary>
public static class MessageFlags
{
    public const int SuppressEmbeds = 1 << 2;
    /// <summary>Only the invoking user sees the message (interaction responses only).</summary>
    public const int Ephemeral = 1 << 6;
    public const int SuppressNotifications = 1 << 12;
}
