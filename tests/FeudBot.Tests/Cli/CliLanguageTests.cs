using FeudBot.Cli;

namespace FeudBot.Tests.Cli;

public class CliLanguageTests
{
    [Fact]
    public void ZhHansReadersSeeTraditionalNoteTextInSimplifiedCharacters()
    {
        var shown = CliLanguage.Display("伊隆・馬斯克對OpenAI提起訴訟", CliLanguage.Hant, CliLanguage.Hans);
        Assert.Equal("伊隆·马斯克对OpenAI提起诉讼", shown);
    }

    [Theory]
    [InlineData("馬斯克對OpenAI提起訴訟", CliLanguage.Hant, CliLanguage.Hant)] // zh-Hant reader: unchanged
    [InlineData("Musk sued OpenAI", CliLanguage.English, CliLanguage.Hans)] // English text shown to a zh-Hans reader
    [InlineData("马斯克起诉OpenAI", CliLanguage.Hans, CliLanguage.Hans)] // already Simplified
    [InlineData("Musk sued OpenAI", CliLanguage.English, CliLanguage.English)]
    public void OtherReadersAndSourcesAreShownUnchanged(string text, string source, string reader) =>
        Assert.Equal(text, CliLanguage.Display(text, source, reader));

    [Fact]
    public async Task TimelineInZhHansPrintsNoTraditionalOnlyCharacters()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var knowledge = Path.Combine(FindRepoRoot(), "knowledge");
        var code = await CliApp.RunAsync(["timeline", "--lang", "zh-Hans", "--knowledge", knowledge], output, error);
        Assert.True(code == 0, error.ToString());
        var text = output.ToString();
        Assert.Contains("马斯克", text, StringComparison.Ordinal);
        Assert.DoesNotContain("馬斯克", text, StringComparison.Ordinal);
        Assert.DoesNotContain("訴訟", text, StringComparison.Ordinal);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("FeudBot.sln not found above " + AppContext.BaseDirectory);
    }
}
