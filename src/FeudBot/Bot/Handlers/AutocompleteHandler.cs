using System.Globalization;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// Suggestions for <c>/timeline year</c> (the years that have events) and <c>/timeline person</c> (the
/// people and organisations of the glossary, named in the user's language), at most 25, filtered by what
/// was typed. Autocomplete options may be partial or invalid (client-side validation only), so nothing
/// typed is trusted.
/// </summary>
public sealed class AutocompleteHandler(IKnowledgeSource knowledge, TimelineRenderer renderer, TimelineFilter filter)
{
    private static readonly string[] PersonKinds = ["person", "organization", "organisation", "company"];

    public BotReply Suggest(BotInteraction interaction)
    {
        var typed = interaction.FocusedOption is { } name ? interaction.Option(name) ?? "" : "";
        var choices = interaction.FocusedOption switch
        {
            CommandNames.Year => Years(typed),
            CommandNames.Person => People(typed, LocaleMapper.FromDiscordLocale(interaction.Locale)),
            _ => [],
        };
        return BotReply.Suggest(choices.Take(DiscordLimits.AutocompleteChoices).ToArray());
    }

    private IEnumerable<BotChoice> Years(string typed) =>
        knowledge.Current.Snapshot.Primary.Events
            .Select(e => e.Date.Year.ToString(CultureInfo.InvariantCulture))
            .Distinct()
            .Where(y => y.StartsWith(typed.Trim(), StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(y => new BotChoice(y, y));

    private IEnumerable<BotChoice> People(string typed, string language)
    {
        var glossary = knowledge.Current.Snapshot.Glossary;
        var needle = filter.Fold(typed.Trim());
        return glossary.Entries
            .Where(g => PersonKinds.Contains(g.Kind, StringComparer.OrdinalIgnoreCase) && g.Id.Length <= TimelineQuery.PersonMaxLength)
            .Where(g => needle.Length == 0 || g.Names.Values.Concat(g.Aliases).Append(g.Id).Any(n => filter.Fold(n).Contains(needle, StringComparison.Ordinal)))
            .Select(g => new BotChoice(TextTruncator.Truncate(renderer.PersonName(g.Id, glossary, language), DiscordLimits.ChoiceTextLength), g.Id));
    }
}
