using System.Text;
using System.Text.Json;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Questions;

namespace FeudBot.Cli;

/// <summary>
/// The batch side of <c>ask --jsonl</c>: one <c>{"id", "q", "lang"?}</c> object per input line, one answer
/// object per output line, in order. A bad line (not JSON, no "q", a bad question or language) yields
/// <c>{"id": ..., "error": "..."}</c> and the run goes on; blank lines are skipped.
/// </summary>
public static class AskJsonlRunner
{
    /// <summary>Answers every line of <paramref name="input"/>; returns 0, or 2 when any line was bad.</summary>
    /// <param name="answerer">The extractive engine.</param>
    /// <param name="input">One request object per line.</param>
    /// <param name="output">One answer object per line.</param>
    /// <param name="model">Phrases each answer with the language model when configured (null: extractive only).</param>
    public static int Run(IAnswerer answerer, TextReader input, TextWriter output, CliModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        // Writing straight to stdout through a large buffer keeps thousands of lines per second cheap.
        var direct = ReferenceEquals(output, Console.Out);
        using var stdout = direct ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) : null;
        var writer = stdout ?? output;
        var bad = false;
        var lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var json = AnswerLine(answerer, line, lineNumber, out var failed, model);
            bad |= failed;
            writer.Write(json);
            writer.Write('\n');
        }
        writer.Flush();
        return bad ? 2 : 0;
    }

    /// <summary>The output line for one input line (without the new line).</summary>
    public static string AnswerLine(IAnswerer answerer, string line, int lineNumber, out bool failed, CliModel? model = null)
    {
        failed = true;
        AskRequestJson? request;
        try
        {
            request = JsonSerializer.Deserialize(line, AskJsonContext.Compact.AskRequestJson);
        }
        catch (JsonException ex)
        {
            return Error(null, $"line {lineNumber}: not a JSON object ({ex.Message.Split('.')[0]})");
        }
        if (request is null) return Error(null, $"line {lineNumber}: expected a JSON object, got null");
        var id = request.Id?.ValueKind is JsonValueKind.Undefined ? null : request.Id;
        if (request.Q is not { ValueKind: JsonValueKind.String } q) return Error(id, $"line {lineNumber}: \"q\" must be a string");
        string? hint = null;
        if (request.Lang is { ValueKind: JsonValueKind.String } lang && !string.IsNullOrWhiteSpace(lang.GetString()))
        {
            hint = QuestionLanguage.Canonical(lang.GetString());
            if (hint is null) return Error(id, $"line {lineNumber}: \"lang\" must be zh-Hant, zh-Hans or en, not '{lang.GetString()}'");
        }
        else if (request.Lang is { ValueKind: not (JsonValueKind.String or JsonValueKind.Null) })
        {
            return Error(id, $"line {lineNumber}: \"lang\" must be a string");
        }
        var question = q.GetString()!;
        if (QuestionValidator.Validate(question) is { } problem) return Error(id, $"line {lineNumber}: {problem}");
        failed = false;
        var answer = answerer.Ask(question, hint);
        var result = model is null ? AskRendering.ToJson(answer, id) : CliModel.ToJson(answer, model.Phrase(answer), id);
        return JsonSerializer.Serialize(result, AskJsonContext.Compact.AskJson);
    }

    private static string Error(JsonElement? id, string message) =>
        JsonSerializer.Serialize(new AskErrorJson(id, message), AskJsonContext.Compact.AskErrorJson);
}
