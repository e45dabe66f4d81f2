using FeudBot.Bot;
using FeudBot.Cli;
using FeudBot.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// Builds and runs the bot's Generic Host. <c>feudbot run</c> uses it, and so do the end-to-end tests
/// (which point <c>Discord:ApiBaseUrl</c> at a fake Discord and may replace services first).
/// </summary>
public static class BotHost
{
    /// <param name="knowledgeFolder">The <c>--knowledge</c> option, or null for <c>Knowledge:Path</c> / the default.</param>
    /// <param name="configure">Runs before the bot's own registrations (which use TryAdd), so it can replace services.</param>
    public static IHost Build(string? knowledgeFolder = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            // appsettings.json ships beside the program, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (knowledgeFolder is not null)
            builder.Configuration.AddInMemoryCollection([new(KnowledgeFolder.ConfigKey, knowledgeFolder)]);
        configure?.Invoke(builder);
        builder.AddFeudBot();
        return builder.Build();
    }

    /// <summary>
    /// Runs <paramref name="host"/> until it stops (SIGTERM, Ctrl+C, a fatal gateway close) and returns the
    /// exit code: 0 after a normal stop, 2 for bad configuration, 1 for a knowledge folder that does not
    /// load or a fatal Discord error. Every failure is one message on <paramref name="error"/>, never a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(IHost host, TextWriter error, CancellationToken cancellationToken = default)
    {
        // RunAsync disposes the host: take what is needed afterwards now.
        var runState = host.Services.GetRequiredService<BotRunState>();
        try
        {
            // Resolve the options first: a missing token is reported before anything else starts.
            _ = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<BotOptions>>().Value;
            _ = host.Services.GetRequiredService<IOptions<BotDiscordOptions>>().Value;
            // The rest of the start-up validations too, before the host would log them with a stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures.Distinct()) await error.WriteLineAsync(failure).ConfigureAwait(false);
            return 2;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            foreach (var failure in ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct())
                await error.WriteLineAsync(failure).ConfigureAwait(false);
            return 2;
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal))
        {
            // The binder names the key ("... at 'Bot:DeferAfter' to type 'System.TimeSpan'"): that is the whole message.
            await error.WriteLineAsync(ex.Message + " Fix the value in appsettings.json or the environment.").ConfigureAwait(false);
            return 2;
        }
        catch (KnowledgeLoadException ex)
        {
            await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
            return 1;
        }

        if (runState.FatalError is { } fatal)
        {
            await error.WriteLineAsync(fatal).ConfigureAwait(false);
            return 1;
        }

        return 0;
    }
}
