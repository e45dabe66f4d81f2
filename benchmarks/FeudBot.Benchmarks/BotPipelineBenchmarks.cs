using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Routing;
using FeudBot.Bot.Transport;
using FeudBot.FakeDiscord;
using FeudBot.Hosting;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Loading;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeudBot.Benchmarks;

/// <summary>
/// The bot's own share of answering one interaction, without the network: a decoded INTERACTION_CREATE
/// read, routed and rendered, then mapped to the callback body. <c>Ask_Memoized</c> replays a stored
/// answer so the figure excludes the answer engine; <c>Ask</c> includes it; <c>TimelinePage</c> is a
/// button press. Run: <c>dotnet run -c Release --project benchmarks/FeudBot.Benchmarks -- --filter '*BotPipeline*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BotPipelineBenchmarks
{
    private ServiceProvider _services = null!;
    private InteractionRouter _memoized = null!;
    private InteractionRouter _real = null!;
    private Discord.Models.Interaction _ask = null!;
    private Discord.Models.Interaction _button = null!;

    [GlobalSetup]
    public void Setup()
    {
        var snapshot = KnowledgeLoader.LoadDirectory(FindKnowledge()).Snapshot!;
        var answerer = new Answerer(snapshot);
        _real = Router(snapshot, answerer, out _services);
        _memoized = Router(snapshot, new MemoAnswerer(answerer), out _);
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString };
        _ask = JsonSerializer.Deserialize<Discord.Models.Interaction>(FakePayloads.SlashCommand(1, "ask", new Dictionary<string, string> { ["question"] = "馬斯克何時起訴OpenAI？" }, locale: "zh-TW"), options)!;
        _button = JsonSerializer.Deserialize<Discord.Models.Interaction>(FakePayloads.ButtonClick(2, "tl1:n:2:::"), options)!;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public object Ask_Memoized() => WireMapper.ToResponse(_memoized.RouteAsync(InteractionReader.Read(_ask)!, default).GetAwaiter().GetResult());

    [Benchmark]
    public object Ask() => WireMapper.ToResponse(_real.RouteAsync(InteractionReader.Read(_ask)!, default).GetAwaiter().GetResult());

    [Benchmark]
    public object TimelinePage() => WireMapper.ToResponse(_memoized.RouteAsync(InteractionReader.Read(_button)!, default).GetAwaiter().GetResult());

    private static InteractionRouter Router(KnowledgeSnapshot snapshot, IAnswerer answerer, out ServiceProvider services)
    {
        services = new ServiceCollection()
            // No answer cache (a repeated question would be served from it after the first call: the cache, not the
            // pipeline, would be measured) and no answer threads (the hop to them is the load harness's to measure).
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(
                [new("Bot:Cooldown:MaxQuestions", "0"), new("Bot:AnswerCacheSize", "0"), new("Bot:AnswerThreads", "0")]).Build())
            .AddLogging()
            .AddBotCore(AnswererFactory.Fold, AnswererFactory.ToSimplified)
            .BuildServiceProvider();
        services.GetRequiredService<KnowledgeHolder>().Set(new KnowledgeState(snapshot, answerer, DateTimeOffset.UnixEpoch));
        return services.GetRequiredService<InteractionRouter>();
    }

    private static string FindKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeudBot.sln"))) return Path.Combine(dir.FullName, "knowledge");
        }

        return Path.Combine(AppContext.BaseDirectory, "knowledge");
    }
}
