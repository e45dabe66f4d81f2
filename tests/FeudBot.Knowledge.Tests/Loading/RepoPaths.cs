namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Finds the repository's folders from the test binary's location.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    public static string TestNotes => Path.Combine(Root, "tests", "FeudBot.Knowledge.Tests", "Notes");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("FeudBot.sln not found above " + AppContext.BaseDirectory);
    }
}
