namespace FeudBot.Discord.Models;

/// <summary>
/// A command definition for bulk overwrite (https://discord.com/developers/docs/interactions/application-commands#application-command-object),
/// also what Discord returns (then <see cref="Id"/> and <see cref="Version"/> are set).
/// </summary>
public sealed record ApplicationCommand
{
    public ulong? Id { get; init; }
    public ulong? ApplicationId { get; init; }
    public ulong? GuildId { get; init; }
    /// <summary>1 CHAT_INPUT (default), 2 USER, 3 MESSAGE.</summary>
    public int? Type { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    /// <summary>Permission bitfield string; "0" hides the command from non-admins.</summary>
    public string? DefaultMemberPermissions { get; init; }
    public bool? Nsfw { get; init; }
    /// <summary>Where the command can be used; include <see cref="InteractionContextType.BotDm"/> for DMs.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }
    public ulong? Version { get; init; }
}
