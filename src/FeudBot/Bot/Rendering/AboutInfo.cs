using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Rendering;

/// <summary>What /about reports: the loaded snapshot, when it was loaded, and the bot's version.</summary>
public sealed record AboutInfo(KnowledgeSnapshot Snapshot, DateTimeOffset LoadedAt, string Version);
