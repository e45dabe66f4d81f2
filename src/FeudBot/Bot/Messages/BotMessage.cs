namespace FeudBot.Bot.Messages;

/// <summary>
/// What the bot says, before it is spelled as Discord JSON: content, embeds and component rows. Renderers
/// build these; <see cref="MessageLimits"/> checks them against Discord's limits; the transport maps them
/// onto wire models with mentions switched off. Kept apart from the wire so handlers are testable alone.
/// </summary>
/// <param name="Content">Plain text, at most 2000 characters, or null.</param>
/// <param name="Embeds">Up to 10 embeds.</param>
/// <param name="Components">Up to 5 action rows.</param>
/// <param name="Ephemeral">Only the person who triggered the interaction sees it (flag 64).</param>
public sealed record BotMessage(
    string? Content,
    IReadOnlyList<BotEmbed> Embeds,
    IReadOnlyList<BotActionRow> Components,
    bool Ephemeral = false)
{
    public static BotMessage Text(string content, bool ephemeral = false) => new(content, [], [], ephemeral);

    public static BotMessage Embed(BotEmbed embed, bool ephemeral = false) => new(null, [embed], [], ephemeral);
}
