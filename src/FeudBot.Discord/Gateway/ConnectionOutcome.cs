namespace FeudBot.Discord.Gateway;

/// <summary>How one connection ended and what the reconnect loop should do next.</summary>
/// <param name="Action">Resume, new session or stop.</param>
/// <param name="Reason">For the log.</param>
/// <param name="CloseCode">Discord's close code, when one was received.</param>
/// <param name="ReachedActive">READY or RESUMED was seen, so backoff restarts from zero.</param>
/// <param name="Delay">A protocol-mandated wait before reconnecting (op 9), or null for the backoff.</param>
internal sealed record ConnectionOutcome(GatewayCloseAction Action, string Reason, int? CloseCode, bool ReachedActive, TimeSpan? Delay = null);
