using System.Text.Json;
using System.Text.RegularExpressions;
using FeudBot.Knowledge.Answers;

namespace FeudBot.Knowledge.Tests.Answers;

/// <summary>
/// Scores an answerer against a question set in the evaluation's format, with the same rules as
/// eval/score.py: "answered" must match; the first event's date must start with "date"; the answer must
/// match one of the "any" patterns; and (checked here too) the answer is in the question's language.
/// </summary>
internal static class QuestionSetScorer
{
    public static (int Passed, int Total, List<string> Failures) Score(IAnswerer answerer, string path)
    {
        var failures = new List<string>();
        var passed = 0;
        var total = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            total++;
            var q = JsonDocument.Parse(line).RootElement;
            var lang = q.TryGetProperty("lang", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            var answer = answerer.Ask(q.GetProperty("q").GetString()!, lang);
            var why = Check(q, answer, lang);
            if (why is null) passed++;
            else failures.Add($"{q.GetProperty("id")}: {why} | {q.GetProperty("q")} → {answer.Text}");
        }
        return (passed, total, failures);
    }

    private static string? Check(JsonElement q, Answer answer, string? lang)
    {
        if (lang is not null && answer.Language != lang) return $"language {answer.Language}, expected {lang}";
        var want = !q.TryGetProperty("answered", out var a) || a.GetBoolean();
        if (answer.Answered != want) return $"answered={answer.Answered}, expected {want}";
        if (!want) return null;
        if (q.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String)
        {
            var first = answer.Events.Count > 0 ? answer.Events[0].Date.ToIsoString() : "";
            if (!first.StartsWith(d.GetString()!, StringComparison.Ordinal)) return $"first event {first}, expected {d.GetString()}";
        }
        if (q.TryGetProperty("any", out var any) && !any.EnumerateArray().Any(p => Regex.IsMatch(answer.Text, p.GetString()!, RegexOptions.IgnoreCase)))
            return "answer matches no expected pattern";
        return null;
    }
}
