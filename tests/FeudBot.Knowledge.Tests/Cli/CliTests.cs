using System.Text.Json;
using FeudBot.Cli;
using FeudBot.Knowledge.Tests.Loading;

namespace FeudBot.Knowledge.Tests.Cli;

/// <summary>The timeline / sources / check verbs, run in-process on the real knowledge folder.</summary>
public class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CliApp.RunAsync(["--knowledge", RepoPaths.Knowledge, .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Timeline_prints_events_in_order_in_traditional_chinese_by_default()
    {
        var (exit, output, _) = await Run("timeline");
        Assert.Equal(0, exit);
        var positions = new[] { "2015年", "2018年左右", "2023年", "2024年", "2025年2月", "2025年8月", "2025年9月", "2025年10月（現況）" }
            .Select(d => output.IndexOf("■ " + d, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0, output));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("來源：", output);
        Assert.Contains("伊隆・馬斯克的xAI指控OpenAI竊取商業機密", output);
    }

    [Fact]
    public async Task Timeline_in_english_quotes_the_english_note()
    {
        var (exit, output, _) = await Run("timeline", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.Contains("■ Feb 2025  Musk led a $97.4 billion bid to buy OpenAI", output);
        Assert.Contains("\"Scam Altman\"", output);
        Assert.Contains("[4] Elon Musk's xAI accuses OpenAI of stealing trade secrets", output);
        Assert.DoesNotContain("馬斯克", output);
    }

    [Fact]
    public async Task Timeline_filters_by_year_and_actor()
    {
        var (_, year, _) = await Run("timeline", "--year", "2025", "--json");
        Assert.Equal(["2025-02", "2025-08", "2025-09", "now"], Ids(year));
        var (_, actor, _) = await Run("timeline", "--actor", "微软", "--json");
        Assert.Equal(["2018", "2024"], Ids(actor));
        var (exit, _, err) = await Run("timeline", "--actor", "Zuckerberg");
        Assert.Equal(2, exit);
        Assert.Contains("--actor: 'Zuckerberg' is not in the glossary", err);
    }

    [Fact]
    public async Task Timeline_json_has_dates_titles_and_citations()
    {
        var (_, output, _) = await Run("timeline", "--json", "--lang", "en");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("2025-10", doc.RootElement.GetProperty("asOf").GetString());
        var trade = doc.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "2025-09");
        Assert.Equal("2025-09", trade.GetProperty("date").GetString());
        Assert.Equal("xAI sued OpenAI for stealing trade secrets", trade.GetProperty("title").GetString());
        Assert.Equal(4, trade.GetProperty("citations")[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task Sources_lists_all_seven_references()
    {
        var (exit, output, _) = await Run("sources", "--json", "--lang", "en");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var refs = doc.RootElement.GetProperty("references");
        Assert.Equal(7, refs.GetArrayLength());
        Assert.Equal("2025-09-25", refs[3].GetProperty("urlDate").GetString());
        var (_, text, _) = await Run("sources");
        Assert.Contains("[7] 山姆・奧特曼終對伊隆・馬斯克反擊", text);
    }

    [Fact]
    public async Task Check_passes_on_the_knowledge_folder()
    {
        var (exit, output, err) = await Run("check");
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        Assert.Contains("Story 'musk-altman-feud': 2 note(s), 8 events, as of 2025-10", output);
        Assert.Contains("No warnings.", output);
        Assert.Matches(@"OK \(loaded in \d+ ms\)\s*$", output);
    }

    [Fact]
    public async Task Check_fails_clearly_on_a_broken_note()
    {
        var dir = Directory.CreateTempSubdirectory("feudbot-check-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "broken.md"), "---\ntitle: t\nlang: hant\n---\n\n- **2025年**：\n  - **13月**：錯。\n");
            var (exit, output, err) = await Run("check", dir.FullName);
            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.Contains("broken.md:7: unreadable date label '13月'", err);
            Assert.Contains("1 error: the knowledge folder was not loaded.", err);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Simplified_chinese_uses_simplified_labels_and_the_chinese_note()
    {
        var (exit, output, _) = await Run("timeline", "--lang", "zh-Hans", "--year", "2025");
        Assert.Equal(0, exit);
        Assert.Contains("时间线", output);
        Assert.Contains("来源：", output);
        Assert.Contains("974", output);
        Assert.DoesNotContain("$97.4 billion", output);
    }

    [Fact]
    public void Knowledge_folder_comes_from_option_then_configuration()
    {
        Assert.Equal("/explicit", KnowledgeFolder.Resolve("/explicit"));
        Environment.SetEnvironmentVariable("Knowledge__Path", "/from-env");
        try
        {
            Assert.Equal("/from-env", KnowledgeFolder.Resolve(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Knowledge__Path", null);
        }
        Assert.EndsWith("knowledge", KnowledgeFolder.Resolve(null));
    }

    [Fact]
    public async Task Bad_option_values_are_usage_errors()
    {
        var (exit, _, err) = await Run("timeline", "--lang", "fr");
        Assert.NotEqual(0, exit);
        Assert.Contains("fr", err);
    }

    private static string[] Ids(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
    }
}
