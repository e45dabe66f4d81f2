using System.CommandLine;
using System.Text.Json;
using FeudBot.Cli;
using FeudBot.Tests.Bot;
using FeudBot.Tests.Llm.Fakes;
using Microsoft.Extensions.Configuration;

namespace FeudBot.Tests.Cli;

/// <summary>
/// <c>feudbot ask</c> through the grounded summarizer (issue 6): Semantic Kernel's real OpenAI connector
/// against the fake OpenAI-compatible server, configuration handed in as the host would read it.
/// </summary>
public sealed class AskModelCliTests
{
    private const string Question = "When did Musk sue OpenAI?";

    private static async Task<(int Code, string Output, string Error)> RunAsync(Dictionary<string, string?> settings, TextReader? input, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var globals = new GlobalOptions();
        var root = new RootCommand { globals.Knowledge };
        root.Subcommands.Add(AskCommand.Create(globals, () => configuration, input));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await root.Parse(["--knowledge", RepoKnowledge.Folder, "ask", .. args])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string?> Model(FakeOpenAiServer model) => new()
    {
        ["Llm:Enabled"] = "true",
        ["Llm:Endpoint"] = model.BaseUrl.ToString(),
        ["Llm:Model"] = "fake-model",
        ["Llm:TimeoutSeconds"] = "10",
    };

    [Fact]
    public async Task A_verified_model_answer_is_the_answer_with_generator_llm()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");

        var (code, output, _) = await RunAsync(Model(model), null, Question, "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("llm", json.GetProperty("generator").GetString());
        Assert.False(json.TryGetProperty("fallback", out _));
        Assert.Equal("Musk sued OpenAI and Altman in 2024 [1].", json.GetProperty("answer").GetString());
        Assert.True(json.GetProperty("answered").GetBoolean());
        Assert.NotEmpty(json.GetProperty("citations").EnumerateArray());
        Assert.Single(model.Requests);
    }

    [Fact]
    public async Task A_model_answer_that_fails_verification_gives_the_extractive_answer_and_the_reason()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 1999 [1].");

        var (code, output, _) = await RunAsync(Model(model), null, Question, "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal("extractive", json.GetProperty("generator").GetString());
        Assert.Equal("unsupported_number", json.GetProperty("fallback").GetString());
        var answer = json.GetProperty("answer").GetString()!;
        Assert.Contains("2024", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("1999", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_model_the_json_contract_is_unchanged_plus_generator_and_the_disabled_reason()
    {
        var (code, output, _) = await RunAsync([], null, Question, "--json");

        Assert.Equal(0, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["id", "question", "language", "answered", "answer", "events", "citations", "asOf", "generator", "fallback"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("extractive", "disabled"), (json.GetProperty("generator").GetString(), json.GetProperty("fallback").GetString()));
    }

    [Fact]
    public async Task Jsonl_answers_each_line_through_the_model_and_reports_http_errors()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.Enqueue(FakeReply.Error(429));
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");
        var input = new StringReader($"{{\"id\":1,\"q\":\"{Question}\"}}\n{{\"id\":2,\"q\":\"{Question}\"}}\n{{\"id\":3,\"q\":\"What is the capital of France?\"}}\n");

        var (code, output, _) = await RunAsync(Model(model), input, "--jsonl");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.Equal(("extractive", "http_error:429"), (lines[0].GetProperty("generator").GetString(), lines[0].GetProperty("fallback").GetString()));
        Assert.Equal("llm", lines[1].GetProperty("generator").GetString());
        Assert.False(lines[2].GetProperty("answered").GetBoolean());
        Assert.Equal("no_grounding", lines[2].GetProperty("fallback").GetString()); // a decline never reaches the model
        Assert.Equal(2, model.Requests.Count);
    }

    [Fact]
    public async Task The_terminal_text_labels_model_text_as_ai_generated()
    {
        await using var model = await FakeOpenAiServer.StartAsync();
        model.DefaultReply = FakeReply.Text("Musk sued OpenAI and Altman in 2024 [1].");

        var (code, output, _) = await RunAsync(Model(model), null, Question);

        Assert.Equal(0, code);
        Assert.StartsWith("Musk sued OpenAI and Altman in 2024 [1].", output, StringComparison.Ordinal);
        Assert.Contains("AI-generated summary, checked against the note", output, StringComparison.Ordinal);
        Assert.Contains("Sources:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_model_setting_is_one_line_naming_the_key_and_exit_code_2()
    {
        var (code, output, error) = await RunAsync(new() { ["Llm:Enabled"] = "true", ["Llm:Model"] = "m" }, null, Question, "--json");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Llm:Endpoint", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
