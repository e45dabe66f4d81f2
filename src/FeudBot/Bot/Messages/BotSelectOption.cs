namespace FeudBot.Bot.Messages;

/// <summary>One choice of a string select: label, value and description are each 1–100 characters.</summary>
public sealed record BotSelectOption(string Label, string Value, string? Description = null);
