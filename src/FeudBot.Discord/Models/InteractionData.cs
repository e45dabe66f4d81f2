using System.Text.Json;

namespace FeudBot.Discord.Models;

/// <summary>
/// Interaction <c>data</c> for every type: command fields (id, name, type, options, target_id),
/// component fields (custom_id, component_type, values) and modal fields (custom_id, components).
/// </summary>
public sealed record InteractionData
{
    public ulong? Id { get; init; }
    public string? Name { get; init; }
    /// <summary>Command type: 1 CHAT_INPUT, 2 USER, 3 MESSAGE, 4 PRIMARY_ENTRY_POINT.</summary>
    public int? Type { get; init; }
    public IReadOnlyList<InteractionOption>? Options { get; init; }
    public ulong? GuildId { get; init; }
    public ulong? TargetId { get; init; }
    public string? CustomId { get; init; }
    public ComponentType? ComponentType { get; init; }
    public IReadOnlyList<string>? Values { get; init; }
    public IReadOnlyList<Component>? Components { get; init; }
    /// <summary>Resolved users/members/roles/channels/messages, kept raw.</summary>
    public JsonElement? Resolved { get; init; }
}
