using System.Text.Json;
using FeudBot.Discord.Json;

namespace FeudBot.Discord.Models;

/// <summary>A command option choice or an autocomplete suggestion; <see cref="Value"/> is a string or a number.</summary>
public sealed record CommandOptionChoice
{
    public string Name { get; set; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; set; }
    public JsonElement Value { get; set; }

    /// <summary>A choice with a string value.</summary>
    public static CommandOptionChoice String(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String) };

    /// <summary>A choice with an integer value.</summary>
    public static CommandOptionChoice Integer(string name, long value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64) };

    /// <summary>A choice with a floating-point value.</summary>
    public static CommandOptionChoice Number(string name, double value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double) };
}
