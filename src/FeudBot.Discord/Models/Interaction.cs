namespace FeudBot.Discord.Models;

/// <summary>
/// The <c>d</c> of INTERACTION_CREATE (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
/// In guilds the invoking user is <c>member.user</c>, in DMs it is <c>user</c>: use <see cref="InvokingUser"/>.
/// </summary>
public sealed record Interaction
{
    public ulong Id { get; init; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public ulong ApplicationId { get; init; }
    public InteractionType Type { get; init; }
    public InteractionData? Data { get; init; }
    public ulong? GuildId { get; init; }
    public ulong? ChannelId { get; init; }
    public PartialChannel? Channel { get; init; }
    public GuildMember? Member { get; init; }
    public User? User { get; init; }
    /// <summary>Continuation token: valid 3 s for the initial callback, 15 min for edits and follow-ups.</summary>
    public string Token { get; init; } = "";
    public int? Version { get; init; }
    /// <summary>For component interactions: the message the component is on.</summary>
    public Message? Message { get; init; }
    public string? AppPermissions { get; init; }
    public string? Locale { get; init; }
    public string? GuildLocale { get; init; }
    public InteractionContextType? Context { get; init; }
    /// <summary>Keys "0" (guild install) and "1" (user install) mapped to the owner id as a string.</summary>
    public IReadOnlyDictionary<string, string>? AuthorizingIntegrationOwners { get; init; }

    /// <summary>The user who triggered the interaction, in a guild or a DM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public User? InvokingUser => Member?.User ?? User;
}
