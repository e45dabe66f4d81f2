using System.CommandLine;
using System.Text.Json;
using FeudBot.Cli.Json;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Cli;

/// <summary><c>timeline [--year Y] [--actor NAME] [--lang L] [--json]</c>: the story's events in date order with sources.</summary>
public static class TimelineCommand
{
    /// <summary>Citations below this confidence are not printed as an event's sources.</summary>
    public const double MinimumConfidence = 0.1;

    public static Command Create(GlobalOptions globals)
    {
        var year = new Option<int?>("--year") { Description = "Only events of this year, e.g. 2025.", HelpName = "Y" };
        var actor = new Option<string?>("--actor") { Description = "Only events naming this person or organisation (any alias: Musk, 奧特曼, 微软...).", HelpName = "NAME" };
        var lang = CliLanguage.CreateOption();
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("timeline", "Print the events of the feud in date order, with their sources.") { year, actor, lang, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var snapshot = SnapshotLoading.Load(KnowledgeFolder.Resolve(parse.GetValue(globals.Knowledge)), error);
            if (snapshot is null) return 1;
            var language = parse.GetValue(lang) ?? CliLanguage.Hant;
            var story = snapshot.Primary;
            IEnumerable<TimelineEvent> events = story.Events;
            if (parse.GetValue(year) is { } y) events = events.Where(e => e.Date.Year == y);
            if (parse.GetValue(actor) is { } name)
            {
                var id = ActorMatcher.Resolve(snapshot.Glossary, name);
                if (id is null)
                {
                    error.WriteLine($"--actor: '{name}' is not in the glossary. Known: {string.Join(", ", snapshot.Glossary.Entries.Where(e => e.Kind is "person" or "organization" or "product").Select(e => e.Names.GetValueOrDefault("en", e.Id)))}");
                    return 2;
                }
                events = events.Where(e => e.Actors.Contains(id));
            }
            var list = events.ToList();
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(ToJson(story, list, language), CliJsonContext.Readable.TimelineJson));
            else WriteText(story, list, language, output);
            return 0;
        });
        return command;
    }

    private static void WriteText(Story story, List<TimelineEvent> events, string language, TextWriter output)
    {
        var note = story.NoteFor(CliLanguage.SourceLanguage(language, story.Languages.ToArray()));
        var header = CliLanguage.Display(note.Title, note.Language, language) + " — " + CliLanguage.Timeline(language);
        if (story.AsOf is { } asOf) header += CliLanguage.Parenthesize(CliLanguage.AsOf(language, DateDisplay.Format(asOf, language)), language);
        output.WriteLine(header);
        if (events.Count == 0) output.WriteLine(CliLanguage.NoEvents(language));
        foreach (var e in events)
        {
            var source = CliLanguage.SourceLanguage(language, e.Texts.Keys.ToArray());
            var text = e.TextFor(source);
            var date = DateDisplay.Format(e.Date, language) + (e.Kind == EventKind.PresentState ? CliLanguage.Parenthesize(CliLanguage.Now(language), language) : "");
            output.WriteLine();
            output.WriteLine($"■ {date}  {CliLanguage.Display(text.Title, source, language)}");
            foreach (var line in text.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                output.WriteLine("  " + CliLanguage.Display(line.Trim(), source, language));
            var cited = e.Citations.Where(c => c.Confidence >= MinimumConfidence).ToList();
            if (cited.Count == 0) continue;
            output.WriteLine("  " + CliLanguage.Sources(language));
            foreach (var c in cited)
            {
                var r = story.ReferenceFor(c.Reference, source);
                output.WriteLine($"    [{r.Number}] {CliLanguage.Display(r.Title, source, language)} <{r.Url}>");
            }
        }
    }

    private static TimelineJson ToJson(Story story, List<TimelineEvent> events, string language) =>
        new(story.Id, language, story.AsOf?.ToIsoString(), events.Select(e =>
        {
            var source = CliLanguage.SourceLanguage(language, e.Texts.Keys.ToArray());
            var text = e.TextFor(source);
            return new TimelineEventJson(
                e.Key, e.Date.ToIsoString(), e.Date.Approximate, e.Kind.ToString(),
                CliLanguage.Display(text.Title, source, language), CliLanguage.Display(text.Text, source, language), e.Actors,
                e.Citations.Where(c => c.Confidence >= MinimumConfidence).Select(c =>
                {
                    var r = story.ReferenceFor(c.Reference, source);
                    return new CitationJson(r.Number, CliLanguage.Display(r.Title, source, language), r.Url.ToString(), c.Confidence, c.Reason);
                }).ToArray());
        }).ToArray());
}
