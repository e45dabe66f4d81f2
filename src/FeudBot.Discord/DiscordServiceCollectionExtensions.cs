using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Discord;

/// <summary>Registers the Discord protocol services. Everything uses TryAdd, so tests can register replacements first.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DiscordOptions"/> to <paramref name="section"/> (usually <c>configuration.GetSection("Discord")</c>),
    /// validates it at start, and registers <see cref="DiscordRestClient"/>, <see cref="DiscordShardSet"/> (one <see cref="DiscordGatewayClient"/> per shard of
    /// this process; the first is also registered as <see cref="DiscordGatewayClient"/>) and their seams
    /// (<see cref="TimeProvider"/>, <see cref="IGatewayTransportFactory"/>, <see cref="IIdentifyLimiter"/>, <see cref="IRandomSource"/>,
    /// <see cref="RestRateLimiter"/>, and the named HttpClient <see cref="DiscordRestClient.HttpClientName"/>).
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.TryAddSingleton<IIdentifyLimiter, LocalIdentifyLimiter>();
        services.TryAddSingleton<IRandomSource, SystemRandomSource>();
        services.TryAddSingleton<RestRateLimiter>();
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                // Discord's API neither redirects (a redirect would drop the Authorization header anyway) nor needs
                // cookies: without them no redirect or cookie handler runs on every callback.
                AllowAutoRedirect = false,
                UseCookies = false,
            });
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName),
            sp.GetRequiredService<RestRateLimiter>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        // One client per shard of Discord:ShardIds (or the one Discord:ShardId); the first is the default client.
        services.TryAddSingleton<DiscordShardSet>();
        services.TryAddSingleton(sp => sp.GetRequiredService<DiscordShardSet>().Shards[0]);
        return services;
    }
}
