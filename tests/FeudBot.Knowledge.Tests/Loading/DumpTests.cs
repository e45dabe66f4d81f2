using FeudBot.Knowledge.Loading;
using Xunit.Abstractions;

namespace FeudBot.Knowledge.Tests.Loading;

public class DumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var result = KnowledgeLoader.LoadDirectory(RepoPaths.Knowledge);
        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
        Assert.True(result.Succeeded);
        foreach (var note in result.Snapshot!.Stories.SelectMany(s => s.Notes))
        {
            output.WriteLine($"{note.Path} {note.Language} asof={note.AsOf}");
            foreach (var r in note.References) output.WriteLine($"  ref {r.Number} {r.UrlDate} {r.Title} {r.Url}");
            foreach (var e in note.Events.Take(0)) output.WriteLine($"  {e.Key} {e.Date} {e.Kind} [{e.Title}] actors={string.Join(",", e.Actors)} passages={string.Join(",", e.PassageIds)} {e.Source}\n    {e.Text.Replace("\n", " | ")}");
        }
        foreach (var e in result.Snapshot.Primary.Events)
        {
            output.WriteLine($"{e.Key} {e.Date} {e.Kind} actors={string.Join(",", e.Actors)}");
            foreach (var (lang, t) in e.Texts) output.WriteLine($"   {lang}: [{t.Title}] {string.Join(",", t.Passages.Select(p => p.Id))}");
            foreach (var c in e.Citations) output.WriteLine($"   cite {c.Reference.Number} {c.Confidence} {c.Reason}");
        }
    }
}
