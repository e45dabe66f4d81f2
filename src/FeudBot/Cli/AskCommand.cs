using System.CommandLine;
using System.Text.Json;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using FeudBot.Knowledge.Questions;
using Microsoft.Extensions.Configuration;

namespace FeudBot.Cli;

/// <summary>
/// <c>ask "QUESTION" [--lang zh-Hant|zh-Hans|en] [--json]</c> answers one question from the note;
/// <c>ask --jsonl</c> answers one JSON object per line from stdin (see <see cref="AskJsonlRunner"/>).
/// With <c>Llm:Enabled</c> (appsettings.json or <c>Llm__Enabled=true</c>) answers are phrased by the
/// language model and checked against the note (<see cref="CliModel"/>).
/// Exit codes: 0 answered or declined, 1 the knowledge folder did not load, 2 bad input or a bad <c>Llm:*</c> setting.
/// </summary>
public static class AskCommand
{
    public static Command Create(GlobalOptions globals) => Create(globals, CliModel.LoadConfiguration);

    /// <param name="globals">The global options.</param>
    /// <param name="configuration">Reads the <c>Llm</c> settings (only when a question is to be answered).</param>
    /// <param name="input">Where <c>--jsonl</c> reads from (stdin when null).</param>
    internal static Command Create(GlobalOptions globals, Func<IConfiguration> configuration, TextReader? input = null)
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
                if (CliModel.CreateSummarizer(configuration(), error) is not { } batchModel) return 2;
                if (LoadSnapshot(globals, parse, error) is not { } batchSnapshot) return 1;
                using var batch = new Answerer(batchSnapshot);
                return AskJsonlRunner.Run(batch, input ?? Console.In, output, new CliModel(batchModel, batchSnapshot));
            }
            if (QuestionValidator.Validate(text) is { } problem)
            {
                error.WriteLine($"ask: QUESTION: {problem}.");
                if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(new AskErrorJson(null, problem), AskJsonContext.Readable.AskErrorJson));
                return 2;
            }
            if (CliModel.CreateSummarizer(configuration(), error) is not { } summarizer) return 2;
            if (LoadSnapshot(globals, parse, error) is not { } snapshot) return 1;
            using var answerer = new Answerer(snapshot);
            var answer = answerer.Ask(text!, QuestionLanguage.Canonical(hint));
            var summary = new CliModel(summarizer, snapshot).Phrase(answer);
            if (parse.GetValue(json)) output.WriteLine(JsonSerializer.Serialize(CliModel.ToJson(answer, summary, null), AskJsonContext.Readable.AskJson));
            else CliModel.WriteText(answer, summary, output);
            return 0;
        });
        return command;
    }

    private static KnowledgeSnapshot? LoadSnapshot(GlobalOptions globals, ParseResult parse, TextWriter error) =>
        SnapshotLoading.Load(KnowledgeFolder.Resolve(parse.GetValue(globals.Knowledge)), error);
}
