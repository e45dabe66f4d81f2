using System.Globalization;
using FeudBot.Bot.Abuse;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// <c>/summary [year] [topic]</c>: picks the span's events with the same filter as <c>/timeline</c>
/// (a topic that names someone in the glossary also matches the events tagged with them), and asks the
/// summarizer for a grounded summary; without a model (or when its text fails a check) the reader gets the
/// note's own summary passage and the event titles.
/// </summary>
public sealed class SummaryHandler(
    IKnowledgeSource knowledge,
    TimelineFilter filter,
    UserCooldown cooldown,
    DisplayText display,
    SummaryRenderer renderer,
    IGroundedSummarizer summarizer,
    BotText text)
{
    /// <summary>True when summaries go through the language model: slow, so /summary defers at once.</summary>
    public bool UsesModel => summarizer.IsEnabled;

    public async ValueTask<BotReply> SummaryAsync(BotInteraction interaction, CancellationToken cancellationToken)
    {
        var language = LocaleMapper.FromDiscordLocale(interaction.Locale);
        int? year = int.TryParse(interaction.Option(CommandNames.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                    && y is >= TimelineQuery.MinYear and <= TimelineQuery.MaxYear ? y : null;
        var topic = TimelineCustomId.Sanitize(interaction.Option(CommandNames.Topic));
        var query = new TimelineQuery(1, year, Topic: topic.Length == 0 ? null : topic);

        // A summary costs a model call like a question does, so it counts against the same cooldown.
        var decision = cooldown.TryAcquire(interaction.UserId);
        if (!decision.Allowed) return BotReply.Notice(text.Format(language, TextKey.CooldownReply, decision.RetryAfterSeconds));

        var snapshot = knowledge.Current.Snapshot;
        var story = snapshot.Primary;
        var events = Pick(story, snapshot.Glossary, query);
        if (events.Count == 0)
            return BotReply.NewMessage(renderer.RenderEmpty(query, language), InteractionOutcome.Declined);

        var note = DisplayText.NoteFor(story, language);
        var request = new SpanSummaryRequest(language, events, display.References(story, language), story.AsOf,
            interaction.UserId.ToString(CultureInfo.InvariantCulture))
        {
            Year = year,
            Topic = query.Topic,
            SummaryPassages = query.HasFilters ? [] : SummaryPassages.Of(note),
            Glossary = snapshot.Glossary,
        };
        var summary = await summarizer.SummarizeSpanAsync(request, cancellationToken).ConfigureAwait(false);
        return BotReply.NewMessage(renderer.Render(summary, query, story, events.Count, language),
            summary.Answered ? InteractionOutcome.Answered : InteractionOutcome.Declined);
    }

    private IReadOnlyList<TimelineEvent> Pick(Story story, Glossary glossary, TimelineQuery query)
    {
        // "Musk" or "马斯克" as a topic: also the events the loader tagged with that glossary entry, as
        // /timeline's person filter finds them (same filter, same fold).
        var person = query.Topic is { } t ? PersonId(t, glossary) : null;
        var asPerson = person is null ? null : query with { Topic = null, Person = person };
        return story.Events
            .Where(e => filter.Matches(e, glossary, query) || (asPerson is not null && filter.Matches(e, glossary, asPerson)))
            .ToArray();
    }

    private string? PersonId(string topic, Glossary glossary)
    {
        var folded = filter.Fold(topic);
        return glossary.Entries.FirstOrDefault(g => g.Names.Values.Concat(g.Aliases).Append(g.Id)
            .Any(n => filter.Fold(n) == folded))?.Id;
    }
}
