namespace FeudBot.Discord.Models;

/// <summary>
/// The <c>d</c> of INTERACTION_CREATE (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object).
/// In guilds the invoking user is <c>member.user</c>, in DMs it is <c>user</c>: use <see cref="InvokingUser"/>.
/// </summary>
public sealed record Interaction
{
    public ulong Id { get; set; }
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public ulong ApplicationId { get; set; }
    public InteractionType Type { get; set; }
    public InteractionData? Data { get; set; }
    public ulong? GuildId { get; set; }
    public ulong? ChannelId { get; set; }
    public PartialChannel? Channel { get; set; }
    public GuildMember? Member { get; set; }
    public User? User { get; set; }
    /// <summary>Continuation token: valid 3 s for the initial callback, 15 min for edits and follow-ups.</summary>
    public string Token { get; set; } = "";
    public int? Version { get; set; }
    /// <summary>For component interactions: the message the component is on.</summary>
    public Message? Message { get; set; }
    public string? AppPermissions { get; set; }
    public string? Locale { get; set; }
    public string? GuildLocale { get; set; }
    public InteractionContextType? Context { get; set; }
    /// <summary>Keys "0" (guild install) and "1" (user install) mapped to the owner id as a string.</summary>
    public IReadOnlyDictionary<string, string>? AuthorizingIntegrationOwners { get; set; }

    /// <summary>The user who triggered the interaction, in a guild or a DM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public User? InvokingUser => Member?.User ?? User;
}
