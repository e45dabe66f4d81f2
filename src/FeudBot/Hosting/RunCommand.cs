using System.CommandLine;
using FeudBot.Cli;

namespace FeudBot.Hosting;

/// <summary>
/// <c>feudbot run</c> (also what the executable does without a verb): the Discord bot, until SIGTERM.
/// Configuration: <c>Discord__Token</c> (required), other <c>Discord__*</c> and <c>Bot__*</c> keys,
/// appsettings.json beside the program.
/// </summary>
public static class RunCommand
{
    public const string Name = "run";

    public static Command Create(GlobalOptions globals)
    {
        var command = new Command(Name, "Run the Discord bot (set the token in the environment variable Discord__Token).");
        // A synchronous action on purpose: System.CommandLine ends async actions 2 s after SIGTERM
        // (ProcessTerminationTimeout), which would cut the bounded drain short. The host's console lifetime
        // handles SIGTERM/Ctrl+C itself and stops gracefully.
        command.SetAction(parse =>
        {
            using var host = BotHost.Build(parse.GetValue(globals.Knowledge));
            return BotHost.RunAsync(host, parse.InvocationConfiguration.Error).GetAwaiter().GetResult();
        });
        return command;
    }
}
