using System.CommandLine;
using System.Text.Json;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Questions;

namespace FeudBot.Cli;

/// <summary>
/// <c>ask "QUESTION" [--lang zh-Hant|zh-Hans|en] [--json]</c> answers one question from the note;
/// <c>ask --jsonl</c> answers one JSON object per line from stdin (see <see cref="AskJsonlRunner"/>).
/// Exit codes: 0 answered or declined, 1 the knowledge folder did not load, 2 bad input.
/// </summary>
public static class AskCommand
{
    public static Command Create(GlobalOptions globals)
    {
        var question = new Argument<string?>("QUESTION") { Description = "The question, in Traditional or Simplified Chinese or English.", Arity = ArgumentArity.ZeroOrOne };
        var lang = new Option<string?>("--lang")
        {
            Description = "Language hint: zh-Hant, zh-Hans or en. The question's own script wins when it is clear.",
            HelpName = "zh-Hant|zh-Hans|en",
        };
        var json = new Option<bool>("--json") { Description = "Write the answer as JSON (the --jsonl object shape)." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read {\"id\",\"q\",\"lang\"?} objects from stdin, one per line; write one answer object per line." };
        var command = new Command("ask", "Answer a question about the feud from the note, with its sources, or decline.") { question, lang, json, jsonl };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var text = parse.GetValue(question);
            // Checked here rather than by the parser so that bad input always exits with 2, like a bad question.
            var hint = parse.GetValue(lang);
            if (hint is not null && QuestionLanguage.Canonical(hint) is null)
            {
                error.WriteLine($"ask: --lang: '{hint}' is not a language FeudBot answers in; use zh-Hant, zh-Hans or en.");
                return 2;
            }
            if (parse.GetValue(jsonl))
            {
                if (text is not null)
                {
                    error.WriteLine("ask: give either a QUESTION or --jsonl (questions on stdin), not both.");
                    return 2;
                }
                using var batch = Load(globals, parse, error);
                if (batch is null) return 1;
                return AskJsonlRunner.Run(batch, Console.In, output);
            }
            if (QuestionValidator.Validate(text) is { } problem)
            {
                error.WriteLine($"ask: QUESTION: {problem}.");
                if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(new AskErrorJson(null, problem), AskJsonContext.Readable.AskErrorJson));
                return 2;
            }
            using var answerer = Load(globals, parse, error);
            if (answerer is null) return 1;
            var answer = answerer.Ask(text!, QuestionLanguage.Canonical(hint));
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(AskRendering.ToJson(answer, null), AskJsonContext.Readable.AskJson));
            else AskRendering.WriteText(answer, output);
            return 0;
        });
        return command;
    }

    private static Answerer? Load(GlobalOptions globals, ParseResult parse, TextWriter error) =>
        SnapshotLoading.Load(KnowledgeFolder.Resolve(parse.GetValue(globals.Knowledge)), error) is { } snapshot ? new Answerer(snapshot) : null;
}
