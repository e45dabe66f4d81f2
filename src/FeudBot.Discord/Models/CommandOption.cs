namespace FeudBot.Discord.Models;

/// <summary>A command option definition; <see cref="Autocomplete"/> cannot be combined with <see cref="Choices"/>.</summary>
public sealed record CommandOption
{
    public CommandOptionType Type { get; set; }
    public string Name { get; set; } = "";
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; set; }
    public string Description { get; set; } = "";
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; set; }
    public bool? Required { get; set; }
    public IReadOnlyList<CommandOptionChoice>? Choices { get; set; }
    public IReadOnlyList<CommandOption>? Options { get; set; }
    public IReadOnlyList<int>? ChannelTypes { get; set; }
    public double? MinValue { get; set; }
    public double? MaxValue { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? Autocomplete { get; set; }
}
