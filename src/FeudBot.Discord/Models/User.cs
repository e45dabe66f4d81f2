namespace FeudBot.Discord.Models;

/// <summary>A Discord user (https://discord.com/developers/docs/resources/user#user-object). Unknown fields are ignored.</summary>
public sealed record User
{
    public ulong Id { get; set; }
    public string? Username { get; set; }
    public string? Discriminator { get; set; }
    public string? GlobalName { get; set; }
    public string? Avatar { get; set; }
    /// <summary>True for bot accounts; absent (null) for humans.</summary>
    public bool? Bot { get; set; }
    public long? PublicFlags { get; set; }

    /// <summary>Convenience: <see cref="Bot"/> is true.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBot => Bot == true;
}
