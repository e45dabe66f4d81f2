using System.Text.Json;

namespace FeudBot.Discord.Models;

/// <summary>A received option; <see cref="Value"/> (string, integer, double or bool) and <see cref="Options"/> are mutually exclusive.</summary>
public sealed record InteractionOption
{
    public string Name { get; set; } = "";
    public CommandOptionType Type { get; set; }
    public JsonElement? Value { get; set; }
    public IReadOnlyList<InteractionOption>? Options { get; set; }
    /// <summary>True on the option the user is typing in an autocomplete interaction.</summary>
    public bool? Focused { get; set; }

    /// <summary>The value as text whatever its JSON kind, or null when absent.</summary>
    public string? ValueAsString() => Value switch
    {
        null => null,
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => null,
        var v => v.Value.GetRawText(),
    };
}
