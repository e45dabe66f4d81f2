using FeudBot.Bot.Messages;
using FeudBot.Bot.Routing;
using FeudBot.Discord.Models;

namespace FeudBot.Bot.Transport;

/// <summary>
/// Spells the bot's messages and replies as Discord wire models. Every message gets
/// <c>allowed_mentions: {"parse": []}</c>: the bot echoes user text and must never ping anyone
/// (https://discord.com/developers/docs/resources/message#allowed-mentions-object).
/// </summary>
public static class WireMapper
{
    public static MessagePayload ToPayload(BotMessage message, ulong? replyTo = null) => new()
    {
        Content = string.IsNullOrEmpty(message.Content) ? null : message.Content,
        Embeds = message.Embeds.Count == 0 ? null : message.Embeds.Select(ToEmbed).ToArray(),
        Components = message.Components.Count == 0 ? null : message.Components.Select(ToRow).ToArray(),
        Flags = message.Ephemeral ? MessageFlags.Ephemeral : null,
        AllowedMentions = AllowedMentions.None,
        MessageReference = replyTo is { } id ? new MessageReference { MessageId = id, FailIfNotExists = false } : null,
    };

    /// <summary>
    /// A payload for PATCH @original: the same fields, but an empty list (not null) for parts the new
    /// message lacks, so an edit replaces the "thinking…" placeholder or an old page completely.
    /// </summary>
    public static MessagePayload ToEdit(BotMessage message) => ToPayload(message) with
    {
        Content = message.Content ?? "",
        Embeds = message.Embeds.Select(ToEmbed).ToArray(),
        Components = message.Components.Select(ToRow).ToArray(),
        Flags = null,
    };

    public static InteractionResponse ToResponse(BotReply reply) => reply.Kind switch
    {
        BotReplyKind.Update => InteractionResponse.Update(ToEdit(reply.Message!)),
        BotReplyKind.Choices => InteractionResponse.Autocomplete(reply.Choices.Select(c => CommandOptionChoice.String(c.Name, c.Value))),
        _ => InteractionResponse.Message(ToPayload(reply.Message!)),
    };

    private static Embed ToEmbed(BotEmbed e) => new()
    {
        Title = e.Title,
        Description = e.Description,
        Color = e.Color,
        Footer = e.Footer is null ? null : new EmbedFooter { Text = e.Footer },
        Fields = e.Fields.Count == 0 ? null : e.Fields.Select(f => new EmbedField { Name = f.Name, Value = f.Value, Inline = f.Inline ? true : null }).ToArray(),
    };

    private static Component ToRow(BotActionRow row) => new()
    {
        Type = ComponentType.ActionRow,
        Components = row.Components.Select(ToComponent).ToArray(),
    };

    private static Component ToComponent(BotComponent component) => component switch
    {
        BotButton b => new Component
        {
            Type = ComponentType.Button,
            CustomId = b.CustomId,
            Label = b.Label,
            Style = (int)b.Style,
            Disabled = b.Disabled ? true : null,
        },
        BotSelect s => new Component
        {
            Type = ComponentType.StringSelect,
            CustomId = s.CustomId,
            Placeholder = s.Placeholder,
            Options = s.Options.Select(o => new SelectOption { Label = o.Label, Value = o.Value, Description = o.Description }).ToArray(),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(component), component.GetType().Name, "Unknown component type."),
    };
}
