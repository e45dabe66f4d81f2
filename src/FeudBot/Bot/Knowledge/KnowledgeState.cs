using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;

namespace FeudBot.Bot.Knowledge;

/// <summary>A loaded snapshot, the answerer built over it, and when it was loaded; swapped as a whole.</summary>
public sealed record KnowledgeState(KnowledgeSnapshot Snapshot, IAnswerer Answerer, DateTimeOffset LoadedAt);
