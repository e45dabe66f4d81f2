namespace FeudBot.Discord.Gateway;

/// <summary>RESUMED: replay of missed events finished.</summary>
public sealed record ResumedDispatch(long Sequence) : GatewayDispatch(GatewayEvents.Resumed, Sequence);
