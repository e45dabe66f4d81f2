using System.Threading.Channels;
using FeudBot.Bot;
using FeudBot.Bot.Routing;
using FeudBot.Bot.Transport;
using FeudBot.Discord;
using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeudBot.Hosting;

/// <summary>
/// The bot: runs the gateway, registers the commands on shard 0's first READY (globally, or to
/// <c>Discord:GuildId</c> for instant updates while testing), and hands each INTERACTION_CREATE and
/// MESSAGE_CREATE to its responder on the thread pool. On stop it takes no new work, lets the work in
/// flight finish (up to <see cref="BotOptions.ShutdownTimeout"/>), then closes the gateway.
/// A fatal gateway close (bad token, disallowed intents) stops the host with one clear message.
/// </summary>
public sealed partial class BotWorker(
    DiscordGatewayClient gateway,
    DiscordRestClient rest,
    InteractionResponder interactions,
    MentionResponder mentions,
    IOptions<BotOptions> botOptions,
    IOptions<BotDiscordOptions> discordOptions,
    IOptions<DiscordOptions> gatewayOptions,
    BotMetrics metrics,
    BotRunState runState,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<BotWorker> logger) : BackgroundService
{
    private readonly InFlightTracker _inFlight = new(botOptions.Value.MaxConcurrency);
    private ulong _botUserId;
    private int _readyCount;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The gateway outlives stoppingToken: it closes only after the work in flight is done.
        using var gatewayStop = new CancellationTokenSource();
        using var work = new CancellationTokenSource();
        var gatewayRun = RunGatewayAsync(gatewayStop.Token);
        // Two stages: each dispatch is cut down to the bot's view of it as soon as it arrives, and that view waits
        // here for a slot. Under a burst thousands wait; as decoded payloads (a dozen objects each, plus a JSON
        // document per option) every collection during the burst had to mark and copy them; the bot's view is a
        // handful of objects (a heap dump in mid-burst showed both).
        var queue = Channel.CreateBounded<Func<Task>>(new BoundedChannelOptions(gatewayOptions.Value.DispatchBufferCapacity)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        var starting = StartQueuedAsync(queue.Reader, stoppingToken);
        try
        {
            await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (Take(dispatch, time.GetTimestamp(), work.Token, stoppingToken) is { } job)
                    await queue.Writer.WriteAsync(job, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: take no more dispatches.
        }
        catch (GatewayFatalException)
        {
            // RunGatewayAsync reports it; the channel completes with it.
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        await starting.ConfigureAwait(false);
        var drained = await _inFlight.WaitIdleAsync(botOptions.Value.ShutdownTimeout, time).ConfigureAwait(false);
        LogStopping(logger, drained, _inFlight.Running);
        await work.CancelAsync().ConfigureAwait(false);
        await gatewayStop.CancelAsync().ConfigureAwait(false);
        await gatewayRun.ConfigureAwait(false);
    }

    private async Task RunGatewayAsync(CancellationToken cancellationToken)
    {
        try
        {
            await gateway.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Normal stop.
        }
        catch (Exception ex) when (ex is GatewayFatalException or DiscordUnauthorizedException)
        {
            Fail(ex.Message);
        }
        catch (Exception ex)
        {
            Fail("The Discord gateway stopped unexpectedly: " + ex.Message);
        }
    }

    /// <summary>Starts queued work as slots free up, in arrival order; on stop, what has not started is dropped.</summary>
    private async Task StartQueuedAsync(ChannelReader<Func<Task>> queue, CancellationToken stopping)
    {
        try
        {
            await foreach (var job in queue.ReadAllAsync(stopping).ConfigureAwait(false))
                await _inFlight.StartAsync(job, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping: like dispatches not yet read, queued work not yet started is not taken.
        }
    }

    /// <summary>The work a dispatch asks for, or null; gateway events (READY, RESUMED) are handled here and now.</summary>
    private Func<Task>? Take(GatewayDispatch dispatch, long receivedAt, CancellationToken work, CancellationToken stopping)
    {
        switch (dispatch)
        {
            case InteractionCreateDispatch { Interaction: var raw } when InteractionReader.Read(raw) is { } interaction:
                return () => interactions.HandleAsync(interaction, receivedAt, work);
            case MessageCreateDispatch { Message: var message }:
                var mention = InteractionReader.Read(message);
                var botUserId = _botUserId;
                return mentions.ShouldAnswer(mention, botUserId) ? () => mentions.HandleAsync(mention, botUserId, receivedAt, work) : null;
            case ReadyDispatch { Ready: var ready }:
                _botUserId = ready.User?.Id ?? 0;
                if (Interlocked.Increment(ref _readyCount) > 1)
                    metrics.GatewayReconnected();
                // Commands belong to the application, not to a shard: one registration per deployment, by the
                // process that owns shard 0 (every deployment must run it: Discord sends DMs there).
                else if (gateway.ShardId == 0 && ready.Application?.Id is { } appId)
                    _ = RegisterCommandsAsync(appId, stopping);
                LogReady(logger, _botUserId, ready.Guilds?.Count ?? 0);
                return null;
            case ResumedDispatch:
                metrics.GatewayReconnected();
                return null;
            default:
                return null;
        }
    }

    private async Task RegisterCommandsAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        try
        {
            var guild = discordOptions.Value.GuildId;
            var commands = CommandDefinitions.Build(global: guild is null);
            if (guild is { } id) await rest.BulkOverwriteGuildCommandsAsync(applicationId, id, commands, cancellationToken).ConfigureAwait(false);
            else await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken).ConfigureAwait(false);
            LogRegistered(logger, commands.Count, guild is null ? "globally" : $"to guild {guild}");
        }
        catch (DiscordUnauthorizedException ex)
        {
            Fail(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The bot still answers commands registered earlier; the log says what Discord refused (50035 lists the fields).
            LogRegistrationFailed(logger, ex);
        }
    }

    private void Fail(string message)
    {
        runState.Fail(message);
        LogFatal(logger, message);
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gateway ready as user {BotUserId} in {Guilds} guilds")]
    private static partial void LogReady(ILogger logger, ulong botUserId, int guilds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} commands {Scope}")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering commands failed")]
    private static partial void LogRegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogFatal(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: work in flight finished: {Drained} ({Running} still running); closing the gateway")]
    private static partial void LogStopping(ILogger logger, bool drained, int running);
}
