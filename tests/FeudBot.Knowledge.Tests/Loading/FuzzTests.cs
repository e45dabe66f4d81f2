using System.Text;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Tests.Loading;

/// <summary>
/// Mutated real notes and random Markdown never make the loader throw or hit its internal-error net:
/// every input yields a snapshot or errors with a file and a line.
/// </summary>
public class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "**", "：", ":", "年", "月", "日", "左右", "頃", "約", "\n", "\n- ", "\n  - ", "\n    - ", "---", "\n---\n", "[", "](", ")", "(",
        "2025年", "2月", "２０２５", "Sept.", "February ", "around ", "2025-02-14", "{#k}", "https://", "](https://x.com/2025/08/)",
        "#", "\n## 參考資料\n", "\n## References\n- ", "時至今日（2025年10月）", "today (October 2025)", "`", "> ", "|", "\t", "\r\n",
        "13月", "0年", "9999年", "年年年", "- **", "lang: en\n", "title: \"", "\u200B", "\uFF1A", "\uD83D\uDE00", "<b>", "&amp;", "\\",
    ];

    private const int Iterations = 500;

    [Theory]
    [InlineData(20251028)]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(99)]
    public void Mutated_real_notes_never_throw(int seed)
    {
        var random = new Random(seed);
        var seeds = Directory.GetFiles(RepoPaths.Knowledge, "*.md").Select(File.ReadAllText)
            .Concat(Directory.GetFiles(RepoPaths.TestNotes, "*.md").Select(File.ReadAllText)).ToArray();
        var glossary = File.ReadAllText(Path.Combine(RepoPaths.Knowledge, "glossary.yaml"));
        for (var i = 0; i < 500; i++)
        {
            var text = Mutate(seeds[random.Next(seeds.Length)], random, random.Next(1, 8));
            var files = new List<KnowledgeFile> { new("fuzz.md", text) };
            if (i % 5 == 0) files.Add(new KnowledgeFile("glossary.yaml", Mutate(glossary, random, random.Next(0, 4))));
            AssertWellBehaved(KnowledgeLoader.Load(files), text);
        }
    }

    [Fact]
    public void Random_markdown_never_throws()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var sb = new StringBuilder(i % 2 == 0 ? "---\ntitle: r\n---\n" : "");
            var n = random.Next(1, 60);
            for (var k = 0; k < n; k++)
                sb.Append(random.Next(4) == 0 ? (char)random.Next(0x20, 0x9FFF) : Pieces[random.Next(Pieces.Length)]);
            AssertWellBehaved(KnowledgeLoader.Load([new KnowledgeFile("random.md", sb.ToString())]), sb.ToString());
        }
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var sb = new StringBuilder(text);
        for (var e = 0; e < edits && sb.Length > 0; e++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(5))
            {
                case 0: sb.Remove(at, Math.Min(random.Next(1, 40), sb.Length - at)); break;
                case 1: sb.Insert(at, Pieces[random.Next(Pieces.Length)]); break;
                case 2: sb.Insert(at, (char)random.Next(0x20, 0xFFFF) is var c && !char.IsSurrogate(c) ? c : 'x'); break;
                case 3:
                    var from = random.Next(sb.Length);
                    var len = Math.Min(random.Next(1, 80), sb.Length - from);
                    sb.Insert(at, sb.ToString(from, len));
                    break;
                default: sb.Length = Math.Max(0, sb.Length - random.Next(1, 200)); break;
            }
        }
        return sb.ToString();
    }

    private static void AssertWellBehaved(LoadResult result, string input)
    {
        Assert.True(result.Succeeded != result.Errors.Any(), input);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.StartsWith("internal error", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.True(d.Line >= 1, d.ToString()));
        if (result.Snapshot is { } s)
            Assert.All(s.Stories.SelectMany(st => st.Events), e => Assert.NotEmpty(e.Texts));
    }
}
