namespace FeudBot.Discord.Models;

/// <summary>A command option definition; <see cref="Autocomplete"/> cannot be combined with <see cref="Choices"/>.</summary>
public sealed record CommandOption
{
    public CommandOptionType Type { get; init; }
    public string Name { get; init; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }
    public bool? Required { get; init; }
    public IReadOnlyList<CommandOptionChoice>? Choices { get; init; }
    public IReadOnlyList<CommandOption>? Options { get; init; }
    public IReadOnlyList<int>? ChannelTypes { get; init; }
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public bool? Autocomplete { get; init; }
}
