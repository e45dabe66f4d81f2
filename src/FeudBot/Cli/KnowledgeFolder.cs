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
        // The CLI reads the same sources as the host, in the same order (environment wins over JSON).
        var configured = CliModel.LoadConfiguration()[ConfigKey];
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var besideProgram = Path.Combine(AppContext.BaseDirectory, "knowledge");
        return Directory.Exists(besideProgram) ? besideProgram : Path.Combine(Directory.GetCurrentDirectory(), "knowledge");
    }
}
