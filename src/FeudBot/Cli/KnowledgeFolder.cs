using Microsoft.Extensions.Configuration;

namespace FeudBot.Cli;

/// <summary>
/// Where the knowledge folder is: the explicit option, else the <c>Knowledge:Path</c> setting
/// (appsettings.json beside the program, or the <c>Knowledge__Path</c> environment variable), else
/// <c>knowledge/</c> beside the program, else <c>./knowledge</c>.
/// </summary>
public static class KnowledgeFolder
{
    public const string ConfigKey = "Knowledge:Path";

    public static string Resolve(string? explicitPath) => Resolve(explicitPath, CliModel.LoadConfiguration);

    /// <summary>
    /// The same order over a given configuration: the bot passes its host's (which already holds
    /// appsettings.json, the environment and <c>--knowledge</c>), so nothing is read twice.
    /// </summary>
    /// <param name="explicitPath">The <c>--knowledge</c> option, or null.</param>
    /// <param name="configuration">Read only when no explicit path is given.</param>
    public static string Resolve(string? explicitPath, Func<IConfiguration> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (!string.IsNullOrWhiteSpace(explicitPath)) return explicitPath;
        var configured = configuration()[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return Directory.Exists(besideProgram) ? besideProgram : Path.Combine(Directory.GetCurrentDirectory(), "knowledge");
    }
}
