namespace FeudBot.Bot.Messages;

/// <summary>One embed: https://discord.com/developers/docs/resources/message#embed-object</summary>
public sealed record BotEmbed(
    string? Title,
    string? Description,
    IReadOnlyList<BotEmbedField> Fields,
    string? Footer = null,
    int? Color = null);
