using FeudBot.Bot.Routing;

namespace FeudBot.Tests.Bot;

/// <summary>Synchronous routing for tests whose answers never go through a model (the ValueTask is already complete).</summary>
internal static class RouterTestExtensions
{
    public static BotReply Route(this InteractionRouter router, BotInteraction interaction) =>
        router.RouteAsync(interaction, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
