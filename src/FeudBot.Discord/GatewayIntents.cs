namespace FeudBot.Discord;

/// <summary>
/// Gateway intents (https://discord.com/developers/docs/events/gateway#list-of-intents).
/// INTERACTION_CREATE arrives whatever the intents; privileged ones (marked) must be enabled in the Developer Portal or the gateway closes with 4014.
/// </summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    /// <summary>Privileged.</summary>
    GuildMembers = 1 << 1,
    GuildModeration = 1 << 2,
    GuildExpressions = 1 << 3,
    GuildIntegrations = 1 << 4,
    GuildWebhooks = 1 << 5,
    GuildInvites = 1 << 6,
    GuildVoiceStates = 1 << 7,
    /// <summary>Privileged.</summary>
    GuildPresences = 1 << 8,
    GuildMessages = 1 << 9,
    GuildMessageReactions = 1 << 10,
    GuildMessageTyping = 1 << 11,
    DirectMessages = 1 << 12,
    DirectMessageReactions = 1 << 13,
    DirectMessageTyping = 1 << 14,
    /// <summary>Privileged: fills content of messages that do not mention the app.</summary>
    MessageContent = 1 << 15,
    GuildScheduledEvents = 1 << 16,
}
