using FeudBot.Discord.Models;

namespace FeudBot.Discord.Builders;

/// <summary>
/// Factories for message components with Discord's limits checked
/// (https://discord.com/developers/docs/components/reference): custom_id 1-100, label 80, 5 buttons or
/// 1 select per row, 25 select options.
/// </summary>
public static class Components
{
    /// <summary>An action row of up to 5 buttons, or a single select.</summary>
    public static Component ActionRow(params Component[] children)
    {
        if (children.Length is 0 or > 5)
        {
            throw new ArgumentException("An action row holds 1 to 5 buttons or one select.", nameof(children));
        }

        if (children.Length > 1 && children.Any(c => c.Type != ComponentType.Button))
        {
            throw new ArgumentException("A select menu must be alone in its action row.", nameof(children));
        }

        return new Component { Type = ComponentType.ActionRow, Components = children };
    }

    /// <summary>An interactive button.</summary>
    public static Component Button(string customId, string label, ButtonStyle style = ButtonStyle.Primary, bool disabled = false)
    {
        if (style == ButtonStyle.Link)
        {
            throw new ArgumentException("Use LinkButton for link buttons.", nameof(style));
        }

        return new Component
        {
            Type = ComponentType.Button,
            CustomId = CheckCustomId(customId),
            Label = CheckLength(label, 80, "Button label"),
            Style = (int)style,
            Disabled = disabled ? true : null,
        };
    }

    /// <summary>A link button (opens <paramref name="url"/>, sends no interaction).</summary>
    public static Component LinkButton(string url, string label) => new()
    {
        Type = ComponentType.Button,
        Url = CheckLength(url, 512, "Link button url"),
        Label = CheckLength(label, 80, "Button label"),
        Style = (int)ButtonStyle.Link,
    };

    /// <summary>A string select with 1-25 options.</summary>
    public static Component StringSelect(string customId, IReadOnlyList<SelectOption> options, string? placeholder = null, int minValues = 1, int maxValues = 1)
    {
        if (options.Count is 0 or > 25)
        {
            throw new ArgumentException("A string select needs 1 to 25 options.", nameof(options));
        }

        return new Component
        {
            Type = ComponentType.StringSelect,
            CustomId = CheckCustomId(customId),
            Options = options,
            Placeholder = placeholder is null ? null : CheckLength(placeholder, 150, "Select placeholder"),
            MinValues = minValues,
            MaxValues = maxValues,
        };
    }

    /// <summary>A select option (label, value, description up to 100 characters).</summary>
    public static SelectOption Option(string label, string value, string? description = null, bool isDefault = false) => new()
    {
        Label = CheckLength(label, 100, "Option label"),
        Value = CheckLength(value, 100, "Option value"),
        Description = description is null ? null : CheckLength(description, 100, "Option description"),
        Default = isDefault ? true : null,
    };

    private static string CheckCustomId(string customId) =>
        customId.Length is >= 1 and <= 100 ? customId : throw new ArgumentException($"custom_id must be 1-100 characters, got {customId.Length}.", nameof(customId));

    private static string CheckLength(string value, int max, string what) =>
        value.Length <= max ? value : throw new ArgumentException($"{what} is {value.Length} characters; Discord allows {max}.");
}
