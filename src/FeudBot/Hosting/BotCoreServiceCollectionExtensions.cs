using FeudBot.Bot;
using FeudBot.Bot.Abuse;
using FeudBot.Bot.Handlers;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Localization;
using FeudBot.Bot.Paging;
using FeudBot.Bot.Rendering;
using FeudBot.Bot.Routing;
using FeudBot.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// Registers the transport-free part of the bot: options, localization, paging, cooldown, renderers,
/// handlers, the router and the responders. The transport (<see cref="IInteractionCallbacks"/>,
/// <see cref="IMessageSender"/>) and the text seams are added with TryAdd so tests can replace them first.
/// </summary>
public static class BotCoreServiceCollectionExtensions
{
    public static IServiceCollection AddBotCore(
        this IServiceCollection services,
        Func<string, string>? fold = null,
        Func<string, string>? toSimplified = null)
    {
        // DataAnnotations (with [ValidateObjectMembers] for the nested cooldown) keeps each rule's message,
        // which names the configuration key; checked when the host starts, not at the first question.
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IOptions<CooldownOptions>>(sp => Options.Create(sp.GetRequiredService<IOptions<BotOptions>>().Value.Cooldown));
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<KnowledgeHolder>();
        services.TryAddSingleton<IKnowledgeSource>(sp => sp.GetRequiredService<KnowledgeHolder>());
        services.TryAddSingleton(BotText.Instance);
        services.TryAddSingleton(new DisplayText(toSimplified));
        services.TryAddSingleton(new TimelineFilter(fold));
        services.TryAddSingleton<TimelinePager>();
        services.TryAddSingleton<UserCooldown>();
        services.TryAddSingleton<BotMetrics>();
        // No model unless the host registered one (AddGroundedSummarizer): answers stay extractive.
        services.TryAddSingleton<IGroundedSummarizer>(NullSummarizer.Instance);

        services.TryAddSingleton<AnswerRenderer>();
        services.TryAddSingleton<TimelineRenderer>();
        services.TryAddSingleton<EventDetailRenderer>();
        services.TryAddSingleton<SourcesRenderer>();
        services.TryAddSingleton<AboutRenderer>();
        services.TryAddSingleton<SummaryRenderer>();

        services.TryAddSingleton(sp => new ReplyCache(sp.GetRequiredService<IOptions<BotOptions>>().Value.AnswerCacheSize));
        services.TryAddSingleton<AnswerThreads>();
        services.TryAddSingleton<AskService>();
        services.TryAddSingleton<TimelineHandler>();
        services.TryAddSingleton<SummaryHandler>();
        services.TryAddSingleton<AutocompleteHandler>();
        services.TryAddSingleton<InfoHandler>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<InteractionResponder>();
        services.TryAddSingleton<MentionResponder>();
        return services;
    }
}
