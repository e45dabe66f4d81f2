namespace FeudBot.Discord.Models;

/// <summary>Installation contexts of a command (https://discord.com/developers/docs/resources/application#application-object-application-integration-types).</summary>
public enum ApplicationIntegrationType
{
    GuildInstall = 0,
    UserInstall = 1,
}
