namespace FeudBot.Hosting;

/// <summary>
/// Bot-side keys of the <c>Discord</c> section that the protocol library does not need:
/// <c>Discord:GuildId</c> registers the commands to one guild (instant updates while testing) instead of globally.
/// </summary>
public sealed class BotDiscordOptions
{
    public ulong? GuildId { get; set; }
}
