namespace FeudBot.Discord.Models;

/// <summary>Application command option types (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type).</summary>
public enum CommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
