using System.CommandLine;
using System.Text;

namespace FeudBot.Cli;

/// <summary>
/// The feudbot command line: a root command with a global <c>--knowledge DIR</c> option and one
/// sub-command per factory in <see cref="CommandFactories"/>. Start-up stays cheap: no Generic Host for
/// these verbs (the bot's <c>run</c> verb builds its own host).
/// </summary>
public static class CliApp
{
    /// <summary>
    /// Every verb, as a factory given the global options. Add a verb by adding its factory here.
    /// </summary>
    public static IReadOnlyList<Func<GlobalOptions, Command>> CommandFactories { get; } =
    [
        TimelineCommand.Create,
        SourcesCommand.Create,
        CheckCommand.Create,
        AskCommand.Create,
        Hosting.RunCommand.Create,
        Hosting.Health.HealthCommand.Create,
    ];

    /// <summary>Parses <paramref name="args"/> and runs the chosen verb; the process exit code.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    /// <summary>Same, writing to the given writers (tests run verbs in-process this way).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        if (ReferenceEquals(output, Console.Out)) Console.OutputEncoding = Encoding.UTF8;
        var root = BuildRoot();
        var config = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(config, cancellationToken);
    }

    /// <summary>The root command with every verb of <see cref="CommandFactories"/>.</summary>
    public static RootCommand BuildRoot()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("FeudBot: the Musk–Altman feud from a knowledge note, on Discord and in the terminal.");
        root.Options.Add(globals.Knowledge);
        foreach (var factory in CommandFactories) root.Subcommands.Add(factory(globals));
        return root;
    }
}
