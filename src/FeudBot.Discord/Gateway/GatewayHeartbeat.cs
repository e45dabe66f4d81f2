namespace FeudBot.Discord.Gateway;

/// <summary>
/// One connection's heartbeat (https://discord.com/developers/docs/events/gateway#sending-heartbeats): the first
/// beat after <c>interval × jitter</c>, then one per interval on a <see cref="PeriodicTimer"/> driven by the
/// injected clock; a tick that finds the previous beat un-ACKed reports a zombie. State is per connection, so a
/// stale "ACK missing" flag never reaches the next socket (PsycherosAI/Psycheros#42).
/// </summary>
internal sealed class GatewayHeartbeat(DiscordGatewayClient owner, GatewaySender sender, Action<string, int?> fail)
{
    private volatile bool _awaitingAck;
    private long _lastBeatTimestamp;

    /// <summary>Runs until cancelled or until it reports a zombie / send failure through <c>fail</c>.</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken token)
    {
        try
        {
            TimeSpan first = interval * owner.Random.NextDouble();
            GatewayLog.Hello(owner.Logger, interval, first);
            await Task.Delay(first, owner.Time, token).ConfigureAwait(false);
            using var timer = new PeriodicTimer(interval, owner.Time);
            while (true)
            {
                if (_awaitingAck)
                {
                    GatewayLog.Zombie(owner.Logger, owner.Time.GetElapsedTime(Interlocked.Read(ref _lastBeatTimestamp)));
                    fail("zombied connection: no heartbeat ACK between two beats", GatewayCloseCodes.ResumableClose);
                    return;
                }

                _awaitingAck = true;
                Interlocked.Exchange(ref _lastBeatTimestamp, owner.Time.GetTimestamp());
                await sender.SendAsync(GatewayFrameWriter.Heartbeat(owner.Sequence), isHeartbeat: true, token).ConfigureAwait(false);
                if (!await timer.WaitForNextTickAsync(token).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            fail($"heartbeat failed ({ex.GetType().Name})", null);
        }
    }

    /// <summary>Answers a server op 1 at once; it does not start an ACK wait (discordjs/discord.js#3993).</summary>
    public ValueTask BeatNowAsync(CancellationToken token) =>
        sender.SendAsync(GatewayFrameWriter.Heartbeat(owner.Sequence), isHeartbeat: true, token);

    /// <summary>op 11 arrived.</summary>
    public void OnAck()
    {
        _awaitingAck = false;
        owner.OnHeartbeatAck(owner.Time.GetElapsedTime(Interlocked.Read(ref _lastBeatTimestamp)));
    }
}
