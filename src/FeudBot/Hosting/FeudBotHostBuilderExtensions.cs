using FeudBot.Bot;
using FeudBot.Bot.Routing;
using FeudBot.Bot.Transport;
using FeudBot.Discord;
using FeudBot.Discord.Rest;
using FeudBot.Hosting.Health;
using FeudBot.Llm;
using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// The bot's wiring, one feature per method (style-anchors practice 2): the Discord transport, the
/// knowledge store and answer engine, and the bot itself. Everything is registered with TryAdd where a
/// test may want its own (clock, answerer factory).
/// </summary>
public static class FeudBotHostBuilderExtensions
{
    /// <summary>Everything <c>feudbot run</c> needs.</summary>
    public static IHostApplicationBuilder AddFeudBot(this IHostApplicationBuilder builder) =>
        builder.AddDiscordTransport().AddKnowledge().AddBot();

    /// <summary>
    /// The protocol library, bound to <c>Discord</c>, with the intents the bot needs: GUILD_MESSAGES and
    /// DIRECT_MESSAGES for mentions and DMs when <c>Bot:AnswerMentions</c> is on; never MESSAGE_CONTENT,
    /// because messages that mention the bot and DMs carry their content without it
    /// (https://discord.com/developers/docs/events/gateway#message-content-intent).
    /// </summary>
    public static IHostApplicationBuilder AddDiscordTransport(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DiscordOptions.SectionName);
        builder.Services.AddDiscordGateway(section);
        // The REST client logs its own retries and errors; the factory's per-request logging handlers
        // (a scope and two lines per callback) only cost time on the interaction path.
        builder.Services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        builder.Services.AddOptions<BotDiscordOptions>().Bind(section);
        builder.Services.AddOptions<DiscordOptions>().PostConfigure<IOptions<BotOptions>>((discord, bot) =>
        {
            if (bot.Value.AnswerMentions) discord.Intents |= GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;
        });
        builder.Services.TryAddSingleton<DiscordInteractionCallbacks>();
        builder.Services.TryAddSingleton<IInteractionCallbacks>(sp => sp.GetRequiredService<DiscordInteractionCallbacks>());
        builder.Services.TryAddSingleton<IMessageSender>(sp => sp.GetRequiredService<DiscordInteractionCallbacks>());
        return builder;
    }

    /// <summary>
    /// The knowledge folder, loaded at start (errors stop the start) and reloaded when it changes (errors
    /// keep the last good snapshot), and the answer engine built over each snapshot.
    /// </summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<Func<KnowledgeSnapshot, IAnswerer>>(AnswererFactory.Create);
        builder.Services.TryAddSingleton<KnowledgeRefresher>();
        builder.Services.AddOptions<KnowledgeWatchOptions>().BindConfiguration("Knowledge").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<KnowledgeStartup>();
        builder.Services.AddHostedService<KnowledgeReloader>();
        return builder;
    }

    /// <summary>Commands, handlers, rendering and the worker.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        // Registered before the core, whose TryAdd would otherwise fix the summarizer to "none".
        builder.Services.AddGroundedSummarizer(builder.Configuration);
        builder.Services.AddBotCore(AnswererFactory.Fold, AnswererFactory.ToSimplified);
        builder.Services.TryAddSingleton<BotRunState>();
        builder.Services.AddHostedService<AnswerWarmup>(); // after the knowledge loads, before the workers connect
        builder.Services.AddHostedService<BotShardWorkers>(); // one BotWorker per shard of this process (Discord:ShardIds)
        return builder.AddHealth();
    }

    /// <summary>The loopback health endpoint (<c>Health:Enabled</c>, <c>Health:Port</c>) behind <c>feudbot health</c>.</summary>
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddSingleton<BotHealth>();
        builder.Services.AddHostedService<HealthEndpoint>();
        return builder;
    }
}
