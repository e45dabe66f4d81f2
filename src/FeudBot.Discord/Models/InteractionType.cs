namespace FeudBot.Discord.Models;

/// <summary>Interaction types (https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object-interaction-type).</summary>
public enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    ApplicationCommandAutocomplete = 4,
    ModalSubmit = 5,
}
