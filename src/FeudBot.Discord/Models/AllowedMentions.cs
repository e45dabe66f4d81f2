namespace FeudBot.Discord.Models;

/// <summary>
/// Which mentions may ping (https://discord.com/developers/docs/resources/message#allowed-mentions-object).
/// <see cref="None"/> (<c>{"parse":[]}</c>) suppresses every ping; message builders default to it.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Any of "roles", "users", "everyone".</summary>
    public IReadOnlyList<string>? Parse { get; set; }
    public IReadOnlyList<ulong>? Roles { get; set; }
    public IReadOnlyList<ulong>? Users { get; set; }
    public bool? RepliedUser { get; set; }

    /// <summary><c>{"parse": []}</c>: nobody is pinged.</summary>
    public static AllowedMentions None { get; } = new() { Parse = [] };
}
