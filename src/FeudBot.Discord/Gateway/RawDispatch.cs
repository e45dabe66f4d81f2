using System.Text.Json;

namespace FeudBot.Discord.Gateway;

/// <summary>Any other event, as raw JSON.</summary>
public sealed record RawDispatch(string EventName, long Sequence, JsonElement Data) : GatewayDispatch(EventName, Sequence);
