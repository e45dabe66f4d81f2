using System.Text.Json;

namespace FeudBot.Benchmarks;

/// <summary>
/// The (locale, question) pairs the load harness asks, in turn. <see cref="Sample"/> is eight questions of the
/// kinds users ask (a repeat-heavy burst, as when one story trends); <see cref="FromFixtures"/> is every distinct
/// question of the answer-quality fixtures (hundreds, in three languages), for a burst with few repeats.
/// </summary>
internal static class HarnessQuestions
{
    public static readonly (string Locale, string Question)[] Sample =
    [
        ("en-US", "When did Musk sue OpenAI?"),
        ("zh-TW", "馬斯克何時起訴OpenAI？"),
        ("zh-CN", "马斯克什么时候创立xAI？"),
        ("en-US", "How much did Musk offer for OpenAI?"),
        ("zh-TW", "奧特曼怎麼評價馬斯克？"),
        ("en-US", "What did xAI accuse OpenAI of in September 2025?"),
        ("zh-CN", "马斯克为什么离开OpenAI董事会？"),
        ("en-US", "Who is the CEO of Apple?"),
    ];

    /// <summary>Distinct questions of every <c>*.jsonl</c> in <paramref name="fixturesDir"/>, each in its language's Discord locale.</summary>
    public static (string Locale, string Question)[] FromFixtures(string fixturesDir)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var questions = new List<(string, string)>();
        foreach (var file in Directory.GetFiles(fixturesDir, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                if (!root.TryGetProperty("q", out var q) || q.GetString() is not { } text || !seen.Add(text)) continue;
                var locale = root.TryGetProperty("lang", out var lang) ? lang.GetString() switch
                {
                    "zh-Hant" => "zh-TW",
                    "zh-Hans" => "zh-CN",
                    _ => "en-US",
                } : "en-US";
                questions.Add((locale, text));
            }
        }

        // Interleave languages the way a mixed server would, not file by file; a fixed seed keeps runs comparable.
        var mixed = questions.ToArray();
        new Random(5).Shuffle(mixed);
        return mixed;
    }
}
