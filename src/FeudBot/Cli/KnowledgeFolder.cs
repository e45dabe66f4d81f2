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

    public static string Resolve(string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath)) return explicitPath;
        var configured = Configuration()[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return Directory.Exists(besideProgram) ? besideProgram : Path.Combine(Directory.GetCurrentDirectory(), "knowledge");
    }

    // The same sources, in the same order, as the host's defaults for these keys (environment wins over JSON).
    private static IConfiguration Configuration() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
        .AddEnvironmentVariables()
        .Build();
}
