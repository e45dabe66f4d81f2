using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>Every error kind stops the load and names its file and line.</summary>
public class ErrorTests
{
    private const string Head = "---\ntitle: t\nlang: hant\n---\n\n";

    [Fact]
    public void No_front_matter() =>
        AssertError(TestKnowledge.Memory(("bad.md", "# Title\n\n- 2024年：事。\n")), "bad.md", 1, "no front matter");

    [Fact]
    public void Bad_yaml_in_front_matter() =>
        AssertError(TestKnowledge.Memory(("bad.md", "---\ntitle: ok\nlang: [hant\n---\n\n- 2024年：事。\n")), "bad.md", 3, "bad YAML");

    [Fact]
    public void Front_matter_that_is_not_a_mapping() =>
        AssertError(TestKnowledge.Memory(("bad.md", "---\n- just\n- a list\n---\n\ntext\n")), "bad.md", 2, "front matter");

    [Theory]
    [InlineData("- **2025年**：\n  - **13月**：不存在的月份。\n", 7, "13月")]
    [InlineData("- **Febtober 2025**: a typo.\n", 6, "Febtober")]
    [InlineData("- **2025年2月30日**：不存在的日子。\n", 6, "2025年2月30日")]
    [InlineData("- **3月**：沒有年份。\n", 6, "no year")]
    public void Unreadable_date_label(string body, int line, string mention) =>
        AssertError(TestKnowledge.Memory(("bad.md", Head + body)), "bad.md", line, mention);

    [Fact]
    public void Two_events_with_one_key() =>
        AssertError(TestKnowledge.Memory(("bad.md", Head + "- 2024年：甲。{#k}\n- 2025年：乙。{#k}\n")), "bad.md", 7, "two events with one key 'k'");

    [Theory]
    [InlineData("- [標題](not-a-url)\n", "not-a-url")]
    [InlineData("- [標題](ftp://example.com/a)\n", "ftp://")]
    [InlineData("- 只是文字\n", "must be a Markdown link")]
    public void Reference_with_a_bad_url(string item, string mention) =>
        AssertError(TestKnowledge.Memory(("bad.md", Head + "- 2024年：事。\n\n## 參考資料\n" + item)), "bad.md", 9, mention);

    [Theory]
    [InlineData("entries: [unclosed\n", 1, "bad YAML")]
    [InlineData("people:\n  - x\n", 1, "'entries' list")]
    [InlineData("entries:\n  - id: a\n    kind: person\n  - kind: person\n", 4, "needs a scalar 'id'")]
    [InlineData("entries:\n  - id: a\n    kind: person\n    aliases: { x: y }\n", 4, "'aliases' of 'a'")]
    [InlineData("entries:\n  - id: a\n    kind: person\n    names: [x]\n", 4, "'names' of 'a'")]
    public void Unreadable_glossary(string yaml, int line, string mention) =>
        AssertError(TestKnowledge.Memory(("glossary.yaml", yaml), ("ok.md", Head + "- 2024年：事。\n")), "glossary.yaml", line, mention);

    [Fact]
    public void Missing_folder() =>
        AssertError(KnowledgeLoader.LoadDirectory("/nonexistent/knowledge"), "/nonexistent/knowledge", 1, "does not exist");

    [Fact]
    public void All_errors_of_all_files_are_reported_and_nothing_loads()
    {
        var result = TestKnowledge.Memory(("a.md", "no front matter"), ("b.md", Head + "- **13月**：錯。\n"), ("c.md", Head + "- 2024年：好。\n"));
        Assert.False(result.Succeeded);
        Assert.Equal(["a.md", "b.md"], result.Errors.Select(e => e.File));
    }

    private static void AssertError(LoadResult result, string file, int line, string mention)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Snapshot);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(mention, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{file}:{line}: error: ", error.ToString(), StringComparison.Ordinal);
    }
}
