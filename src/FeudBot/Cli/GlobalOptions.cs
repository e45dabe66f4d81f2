using System.CommandLine;

namespace FeudBot.Cli;

/// <summary>Options every verb understands.</summary>
public sealed class GlobalOptions
{
    /// <summary><c>--knowledge DIR</c>: the knowledge folder (default: see <see cref="KnowledgeFolder"/>).</summary>
    public Option<string?> Knowledge { get; } = new("--knowledge")
    {
        Description = "The knowledge folder (notes *.md and glossary.yaml). Default: Knowledge:Path from appsettings.json or Knowledge__Path, else knowledge/ beside the program, else ./knowledge.",
        HelpName = "DIR",
        Recursive = true,
    };
}
