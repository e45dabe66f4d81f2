namespace FeudBot.Bot.Rendering;

/// <summary>
/// Discord's limits on what one message may hold. A message over any of them is refused with 400/50035,
/// so every renderer stays inside these and a renderer test proves it. The two limits the wire library's
/// builders publish are taken from them; the rest it keeps as literals, so they are spelled out here.
/// </summary>
public static class DiscordLimits
{
    /// <summary>Message <c>content</c>. https://discord.com/developers/docs/resources/message#create-message-jsonform-params</summary>
    public const int ContentLength = Discord.Builders.MessageBuilder.MaxContentLength;

    /// <summary>Embeds per message. https://discord.com/developers/docs/resources/message#create-message-jsonform-params</summary>
    public const int EmbedsPerMessage = 10;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedTitleLength = 256;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedDescriptionLength = 4096;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedFields = 25;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedFieldNameLength = 256;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedFieldValueLength = 1024;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedFooterTextLength = 2048;

    /// <summary>https://discord.com/developers/docs/resources/message#embed-object-embed-limits</summary>
    public const int EmbedAuthorNameLength = 256;

    /// <summary>
    /// Title, description, field names and values, footer text and author name of all embeds of a message
    /// together. https://discord.com/developers/docs/resources/message#embed-object-embed-limits
    /// </summary>
    public const int EmbedTotalLength = Discord.Builders.EmbedBuilder.MaxTotalLength;

    /// <summary>Action rows per (non Components V2) message. https://discord.com/developers/docs/components/reference#action-row</summary>
    public const int ActionRows = 5;

    /// <summary>Buttons in one action row. https://discord.com/developers/docs/components/reference#action-row</summary>
    public const int ButtonsPerRow = 5;

    /// <summary>Button <c>label</c>. https://discord.com/developers/docs/components/reference#button</summary>
    public const int ButtonLabelLength = 80;

    /// <summary>Options of a string select. https://discord.com/developers/docs/components/reference#string-select</summary>
    public const int SelectOptions = 25;

    /// <summary>A select option's label, value and description. https://discord.com/developers/docs/components/reference#string-select-select-option-structure</summary>
    public const int SelectOptionTextLength = 100;

    /// <summary>A select's <c>placeholder</c>. https://discord.com/developers/docs/components/reference#string-select</summary>
    public const int SelectPlaceholderLength = 150;

    /// <summary>Any component's <c>custom_id</c> (1–100). https://discord.com/developers/docs/components/reference#anatomy-of-a-component</summary>
    public const int CustomIdLength = 100;

    /// <summary>Autocomplete choices. https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-autocomplete</summary>
    public const int AutocompleteChoices = 25;

    /// <summary>A choice's name and string value. https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-choice-structure</summary>
    public const int ChoiceTextLength = 100;
}
