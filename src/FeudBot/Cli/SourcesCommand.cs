using System.CommandLine;
using System.Text.Json;
using FeudBot.Cli.Json;

namespace FeudBot.Cli;

/// <summary><c>sources [--lang L] [--json]</c>: the story's full reference list.</summary>
public static class SourcesCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var lang = CliLanguage.CreateOption();
        var json = new Option<bool>("--json") { Description = "Write JSON instead of text." };
        var command = new Command("sources", "List the references of the knowledge note.") { lang, json };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var snapshot = SnapshotLoading.Load(KnowledgeFolder.Resolve(parse.GetValue(globals.Knowledge)), parse.InvocationConfiguration.Error);
            if (snapshot is null) return 1;
            var language = parse.GetValue(lang) ?? CliLanguage.Hant;
            var story = snapshot.Primary;
            var source = CliLanguage.SourceLanguage(language, story.Languages.ToArray());
            var references = story.ReferencesFor(source);
            if (parse.GetValue(json))
            {
                var dto = new SourcesJson(story.Id, language, references
                    .Select(r => new SourceJson(r.Number, CliLanguage.Display(r.Title, source, language), r.Url.ToString(), r.UrlDate?.ToIsoString()))
                    .ToArray());
                output.WriteLine(JsonSerializer.Serialize(dto, CliJsonContext.Readable.SourcesJson));
                return 0;
            }
            output.WriteLine(CliLanguage.Sources(language));
            foreach (var r in references)
            {
                output.WriteLine($"[{r.Number}] {CliLanguage.Display(r.Title, source, language)}");
                output.WriteLine($"    {r.Url}" + (r.UrlDate is { } d ? $"  ({d.ToIsoString()})" : ""));
            }
            return 0;
        });
        return command;
    }
}
