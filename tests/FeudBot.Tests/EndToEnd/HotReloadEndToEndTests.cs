using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;

namespace FeudBot.Tests.EndToEnd;

/// <summary>Editing the knowledge folder under a running bot: good edits load, broken ones are logged and skipped.</summary>
public sealed class HotReloadEndToEndTests
{
    [Fact]
    public async Task An_edit_reloads_and_a_broken_edit_keeps_the_last_good_snapshot()
    {
        var folder = CopyOfKnowledge();
        try
        {
            await using var bot = await StartOnAsync(folder);
            var holder = bot.Host.Services.GetRequiredService<KnowledgeHolder>();
            var first = holder.Current;

            await File.AppendAllTextAsync(Path.Combine(folder.FullName, "glossary.yaml"), "\n# edited while running\n");
            await Eventually(() => holder.Current.Snapshot.Version != first.Snapshot.Version);
            var second = holder.Current;
            Assert.True(second.LoadedAt >= first.LoadedAt);

            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "broken.md"), "---\ntitle: [unclosed\n---\ntext\n");
            await Eventually(() => bot.Logs.Collector.GetSnapshot().Any(r => r.Message.Contains("keeping the last good snapshot", StringComparison.Ordinal)));
            Assert.Contains(bot.Logs.Collector.GetSnapshot(), r => r.Message.Contains("broken.md:", StringComparison.Ordinal));
            Assert.Same(second, holder.Current);

            var answer = await bot.InteractAsync(81, FakePayloads.SlashCommand(81, "ask", new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" }));
            Assert.Contains("2024", answer.Body, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task After_a_reload_a_repeated_question_gets_the_new_answer_not_the_cached_one()
    {
        var folder = CopyOfKnowledge();
        try
        {
            await using var bot = await StartOnAsync(folder);
            var holder = bot.Host.Services.GetRequiredService<KnowledgeHolder>();
            var first = holder.Current;
            var question = new Dictionary<string, string> { ["question"] = "When did Musk sue OpenAI?" };
            var before = await bot.InteractAsync(91, FakePayloads.SlashCommand(91, "ask", question));
            Assert.Contains("de facto subsidiary", before.Body, StringComparison.Ordinal);

            var note = Path.Combine(folder.FullName, "musk-altman-feud.en.md");
            await File.WriteAllTextAsync(note, (await File.ReadAllTextAsync(note)).Replace("de facto subsidiary", "de facto branch office", StringComparison.Ordinal));
            await Eventually(() => holder.Current.Snapshot.Version != first.Snapshot.Version);
            var after = await bot.InteractAsync(92, FakePayloads.SlashCommand(92, "ask", question, userId: 77));

            Assert.Contains("de facto branch office", after.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("de facto subsidiary", after.Body, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A temporary copy of the repository's knowledge folder, to edit under a running bot.</summary>
    private static DirectoryInfo CopyOfKnowledge()
    {
        var folder = Directory.CreateTempSubdirectory("feudbot-reload-");
        foreach (var file in Directory.GetFiles(RepoKnowledge.Folder)) File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        return folder;
    }

    private static Task<BotUnderTest> StartOnAsync(DirectoryInfo folder) =>
        BotUnderTest.StartAsync(new() { ["Knowledge:Path"] = folder.FullName, ["Knowledge:ReloadDelay"] = "00:00:00.050" });

    private static async Task Eventually(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition());
    }
}
