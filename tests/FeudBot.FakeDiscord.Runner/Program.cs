using System.CommandLine;
using System.Runtime.InteropServices;
using FeudBot.FakeDiscord.Runner;

// fake-discord: the in-process fake Discord as a process, on 127.0.0.1 only, for scripts/container-e2e.sh.
// Prints the settings the bot needs, checks one /ask, keeps serving until SIGTERM or --timeout.
var timeout = new Option<int>("--timeout") { Description = "Seconds after which the fake stops by itself.", DefaultValueFactory = _ => 120 };
var question = new Option<string>("--question") { Description = "The /ask question.", DefaultValueFactory = _ => "馬斯克和奧特曼哪一年共同創辦了OpenAI？" };
var locale = new Option<string>("--locale") { Description = "The interaction's locale.", DefaultValueFactory = _ => "zh-TW" };
var burst = new Option<int>("--burst") { Description = "Interactions sent when a BURST line arrives on stdin.", DefaultValueFactory = _ => 2000 };
var root = new RootCommand("The fake Discord for the container end-to-end check (scripts/container-e2e.sh).") { timeout, question, locale, burst };
root.SetAction(async (parse, cancellationToken) =>
{
    int seconds = parse.GetValue(timeout);
    if (seconds is < 1 or > 3600)
    {
        Console.Error.WriteLine("--timeout must be between 1 and 3600 seconds.");
        return 2;
    }

    string token = "fake-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
    var settings = new RunnerSettings(TimeSpan.FromSeconds(seconds), parse.GetValue(question)!, parse.GetValue(locale)!, parse.GetValue(burst), token);
    using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
    stop.CancelAfter(settings.Lifetime);
    // The script ends the fake with SIGTERM: stop serving and dispose the server instead of dying mid-request.
    using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
    {
        context.Cancel = true;
        stop.Cancel();
    });
    return await new AskScenario(settings, new ProtocolOutput(Console.Out, Console.Error)).RunAsync(stop.Token);
});
return await root.Parse(args).InvokeAsync();
