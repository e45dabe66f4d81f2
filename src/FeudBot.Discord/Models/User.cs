namespace FeudBot.Discord.Models;

/// <summary>A Discord user (https://discord.com/developers/docs/resources/user#user-object). Unknown fields are ignored.</summary>
public sealed record User
{
    public ulong Id { get; init; }
    public string? Username { get; init; }
    public string? Discriminator { get; init; }
    public string? GlobalName { get; init; }
    public string? Avatar { get; init; }
    /// <summary>True for bot accounts; absent (null) for humans.</summary>
    public bool? Bot { get; init; }
    public long? PublicFlags { get; init; }

    /// <summary>Convenience: <see cref="Bot"/> is true.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBot => Bot == true;
}
