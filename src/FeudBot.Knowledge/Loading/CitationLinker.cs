using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>Links each event of a story to the references that support it (filled in by step 2).</summary>
internal static class CitationLinker
{
    public static IReadOnlyList<TimelineEvent> Link(Story story) => story.Events;
}
