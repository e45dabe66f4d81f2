namespace FeudBot.Bot.Messages;

/// <summary>A name/value pair of an embed; <see cref="Inline"/> lets Discord lay short ones side by side.</summary>
public sealed record BotEmbedField(string Name, string Value, bool Inline = false);
