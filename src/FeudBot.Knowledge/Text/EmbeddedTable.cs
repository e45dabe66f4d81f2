namespace FeudBot.Knowledge.Text;

/// <summary>Reads the tab-separated two-column tables embedded in this assembly (see NOTICE for their sources).</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<(string From, string To)> ReadPairs(string resourceName)
    {
        using var stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource '{resourceName}' is missing from FeudBot.Knowledge");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1) continue;
            yield return (line[..tab], line[(tab + 1)..]);
        }
    }
}
