using System.CommandLine;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Cli;

/// <summary>
/// <c>check [DIR]</c>: loads a knowledge folder and prints what was parsed (notes, events by date,
/// references, warnings). Exit code 1 and <c>file:line: message</c> lines on errors.
/// </summary>
public static class CheckCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var dir = new Argument<string?>("DIR") { Description = "The knowledge folder to check (default: the --knowledge folder).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("check", "Validate a knowledge folder and print what was parsed.") { dir };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = parse.GetValue(dir) ?? KnowledgeFolder.Resolve(parse.GetValue(globals.Knowledge));
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var result = KnowledgeLoader.LoadDirectory(folder);
            var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (result.Snapshot is not { } snapshot)
            {
                SnapshotLoading.WriteErrors(result, error);
                return 1;
            }
            Print(folder, snapshot, output);
            output.WriteLine($"OK (loaded in {elapsed.TotalMilliseconds:0} ms)");
            return 0;
        });
        return command;
    }

    private static void Print(string folder, KnowledgeSnapshot snapshot, TextWriter output)
    {
        output.WriteLine($"Knowledge folder {SnapshotLoading.Display(folder)} (version {snapshot.Version}): {snapshot.Glossary.Entries.Count} glossary entries");
        foreach (var story in snapshot.Stories)
        {
            output.WriteLine();
            output.WriteLine($"Story '{story.Id}': {story.Notes.Count} note(s), {story.Events.Count} events" + (story.AsOf is { } a ? $", as of {a.ToIsoString()}" : ""));
            foreach (var note in story.Notes)
                output.WriteLine($"  note {SnapshotLoading.Display(note.Path)}  [{note.Language}] \"{note.Title}\": {note.Events.Count} events, {note.References.Count} references, {note.Passages.Count} passages");
            output.WriteLine("  events by date:");
            foreach (var e in story.Events)
            {
                var title = e.Texts.Values.First().Title;
                output.WriteLine($"    {e.Date,-9} {e.Key,-10} {e.Kind,-12} [{string.Join(" ", e.Texts.Keys)}] {title}");
                output.WriteLine($"              actors: {string.Join(", ", e.Actors)}; cites: {string.Join(" ", e.Citations.Select(c => $"[{c.Reference.Number}]{c.Confidence:0.##}"))}");
            }
            output.WriteLine("  references:");
            foreach (var r in story.Notes[0].References)
                output.WriteLine($"    [{r.Number}] {r.Url}" + (r.UrlDate is { } d ? $" (URL date {d.ToIsoString()})" : ""));
        }
        output.WriteLine();
        output.WriteLine(snapshot.Warnings.Count == 0 ? "No warnings." : $"{snapshot.Warnings.Count} warning(s):");
        foreach (var w in snapshot.Warnings) output.WriteLine($"  {SnapshotLoading.Describe(w)}");
    }
}
