namespace FeudBot.Discord.Gateway;

/// <summary>Dispatch event names that get typed records.</summary>
public static class GatewayEvents
{
    public const string Ready = "READY";
    public const string Resumed = "RESUMED";
    public const string InteractionCreate = "INTERACTION_CREATE";
    public const string MessageCreate = "MESSAGE_CREATE";
    public const string GuildCreate = "GUILD_CREATE";
}
