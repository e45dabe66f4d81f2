namespace FeudBot.Bot.Routing;

/// <summary>An autocomplete suggestion: what the user sees and the value the option gets (each 1–100 characters).</summary>
public sealed record BotChoice(string Name, string Value);
