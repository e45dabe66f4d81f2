using FeudBot.Bot.Routing;
using FeudBot.Discord.Models;

namespace FeudBot.Bot.Transport;

/// <summary>Reads the parts of INTERACTION_CREATE and MESSAGE_CREATE payloads the bot uses.</summary>
public static class InteractionReader
{
    /// <summary>The bot's view of an interaction, or null for types it does not handle (PING, modals, context menus).</summary>
    public static BotInteraction? Read(Interaction interaction)
    {
        var kind = interaction.Type switch
        {
            InteractionType.ApplicationCommand when interaction.Data?.Type is null or 1 => BotInteractionKind.Command,
            InteractionType.MessageComponent => BotInteractionKind.Component,
            InteractionType.ApplicationCommandAutocomplete => BotInteractionKind.Autocomplete,
            _ => (BotInteractionKind?)null,
        };
        if (kind is null) return null;

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? focused = null;
        foreach (var option in interaction.Data?.Options ?? [])
        {
            if (option.ValueAsString() is { } value) options[option.Name] = value;
            if (option.Focused == true) focused = option.Name;
        }

        return new BotInteraction(
            interaction.Id,
            interaction.Token,
            interaction.ApplicationId,
            kind.Value,
            interaction.InvokingUser?.Id ?? 0,
            interaction.Locale,
            interaction.Data?.Name,
            options,
            focused,
            interaction.Data?.CustomId,
            interaction.Data?.Values ?? []);
    }

    public static BotMention Read(Message message) => new(
        message.Id,
        message.ChannelId,
        message.GuildId,
        message.Author?.Id ?? 0,
        // Webhook messages have a fake author; treat them like bots (no reply loops with integrations).
        message.IsFromBot || message.WebhookId is not null,
        message.Content ?? "",
        message.Mentions?.Select(u => u.Id).ToArray() ?? []);
}
