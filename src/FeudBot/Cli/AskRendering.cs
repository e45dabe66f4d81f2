using System.Text.Json;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Cli;

/// <summary>Turns an <see cref="Answer"/> into the <c>ask</c> outputs: terminal text or the JSON contract.</summary>
internal static class AskRendering
{
    public static AskJson ToJson(Answer answer, JsonElement? id) => new(
        id,
        answer.Question,
        answer.Language,
        answer.Answered,
        answer.Text,
        answer.Events.Select(e => new AskEventJson(e.Key, e.Date.ToIsoString(), Answerer.TitleOf(e, answer.Language))).ToList(),
        answer.Citations.Select(r => new AskCitationJson(r.Title, r.Url.ToString())).ToList(),
        answer.AsOf?.ToIsoString());

    public static void WriteText(Answer answer, TextWriter output)
    {
        output.WriteLine(answer.Text);
        if (answer.Citations.Count == 0) return;
        output.WriteLine();
        output.WriteLine(CliLanguage.Sources(answer.Language));
        foreach (var r in answer.Citations) output.WriteLine($"  [{r.Number}] {r.Title} <{r.Url}>");
    }
}
