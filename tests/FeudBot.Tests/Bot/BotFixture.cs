using FeudBot.Bot;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Routing;
using FeudBot.Hosting;
using FeudBot.Knowledge.Model;
using FeudBot.Llm;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FeudBot.Tests.Bot;

/// <summary>The bot core wired as in production, with recording callbacks, a fake clock and a fake answerer.</summary>
internal sealed class BotFixture : IDisposable
{
    public BotFixture(KnowledgeSnapshot? snapshot = null, Dictionary<string, string?>? settings = null, IGroundedSummarizer? summarizer = null)
    {
        Snapshot = snapshot ?? TestStories.Snapshot();
        Answerer = new FakeAnswerer(Snapshot.Primary);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IInteractionCallbacks>(Callbacks)
            .AddSingleton<IMessageSender>(Callbacks)
            .AddLogging(b => b.AddProvider(LogProvider).SetMinimumLevel(LogLevel.Debug));
        if (summarizer is not null) services.AddSingleton(summarizer);
        services.AddBotCore();
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        Services.GetRequiredService<KnowledgeHolder>().Set(new KnowledgeState(Snapshot, Answerer, new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)));
    }

    public KnowledgeSnapshot Snapshot { get; }

    public FakeAnswerer Answerer { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

    public RecordingCallbacks Callbacks { get; } = new();

    public FakeLoggerProvider LogProvider { get; } = new();

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public MetricCollector<long> Collect(string instrument) =>
        new(Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), BotMetrics.MeterName, instrument);

    public static BotInteraction Command(ulong id, string name, string? locale = "en-US", ulong user = 42, params (string Name, string Value)[] options) =>
        new(id, $"token-{id}", 999, BotInteractionKind.Command, user, locale, name, options.ToDictionary(o => o.Name, o => o.Value));

    public static BotInteraction Component(ulong id, string customId, string? locale = "en-US", ulong user = 42, params string[] values) =>
        new(id, $"token-{id}", 999, BotInteractionKind.Component, user, locale, CustomId: customId, Values: values);

    public void Dispose() => Services.Dispose();
}
