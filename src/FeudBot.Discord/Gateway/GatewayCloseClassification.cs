namespace FeudBot.Discord.Gateway;

/// <summary>The verdict on a close code: the action and a human explanation.</summary>
public readonly record struct GatewayCloseClassification(GatewayCloseAction Action, string Explanation);
