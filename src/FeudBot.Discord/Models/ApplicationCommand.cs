namespace FeudBot.Discord.Models;

/// <summary>
/// A command definition for bulk overwrite (https://discord.com/developers/docs/interactions/application-commands#application-command-object),
/// also what Discord returns (then <see cref="Id"/> and <see cref="Version"/> are set).
/// </summary>
public sealed record ApplicationCommand
{
    public ulong? Id { get; set; }
    public ulong? ApplicationId { get; set; }
    public ulong? GuildId { get; set; }
    /// <summary>1 CHAT_INPUT (default), 2 USER, 3 MESSAGE.</summary>
    public int? Type { get; set; }
    public string Name { get; set; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; set; }
    public string Description { get; set; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; set; }
    public IReadOnlyList<CommandOption>? Options { get; set; }
    /// <summary>Permission bitfield string; "0" hides the command from non-admins.</summary>
    public string? DefaultMemberPermissions { get; set; }
    public bool? Nsfw { get; set; }
    /// <summary>Where the command can be used; include <see cref="InteractionContextType.BotDm"/> for DMs.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; set; }
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; set; }
    public ulong? Version { get; set; }
}
