using System.Text.Json;

namespace FeudBot.Discord.Models;

/// <summary>
/// Interaction <c>data</c> for every type: command fields (id, name, type, options, target_id),
/// component fields (custom_id, component_type, values) and modal fields (custom_id, components).
/// </summary>
public sealed record InteractionData
{
    public ulong? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>Command type: 1 CHAT_INPUT, 2 USER, 3 MESSAGE, 4 PRIMARY_ENTRY_POINT.</summary>
    public int? Type { get; set; }
    public IReadOnlyList<InteractionOption>? Options { get; set; }
    public ulong? GuildId { get; set; }
    public ulong? TargetId { get; set; }
    public string? CustomId { get; set; }
    public ComponentType? ComponentType { get; set; }
    public IReadOnlyList<string>? Values { get; set; }
    public IReadOnlyList<Component>? Components { get; set; }
    /// <summary>Resolved users/members/roles/channels/messages, kept raw.</summary>
    public JsonElement? Resolved { get; set; }
}
