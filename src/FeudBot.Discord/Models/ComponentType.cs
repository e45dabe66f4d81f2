namespace FeudBot.Discord.Models;

/// <summary>Component types (https://discord.com/developers/docs/components/reference#component-object-component-types).</summary>
public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
    StringSelect = 3,
    TextInput = 4,
    UserSelect = 5,
    RoleSelect = 6,
    MentionableSelect = 7,
    ChannelSelect = 8,
}
