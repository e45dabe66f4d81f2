namespace FeudBot.Bot.Messages;

/// <summary>An interactive component; its <see cref="CustomId"/> (1–100 characters) is all the state it carries.</summary>
public abstract record BotComponent(string CustomId);
