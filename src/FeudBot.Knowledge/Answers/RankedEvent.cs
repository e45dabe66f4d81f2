using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Answers;

/// <summary>An event with its retrieval score and the sentences of it that matched, best first.</summary>
public sealed record RankedEvent(TimelineEvent Event, double Score, IReadOnlyList<SearchHit> Hits);
