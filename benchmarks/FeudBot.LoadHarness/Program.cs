using System.Diagnostics;
using FeudBot.Discord;
using FeudBot.Discord.Gateway;
using FeudBot.Discord.Rest;
using FeudBot.FakeDiscord;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeudBot.LoadHarness;

/// <summary>
/// 10,000 INTERACTION_CREATE dispatches on one session through the fake Discord, with 10 forced resumes
/// mid-stream (drop, close 4000, op 7 in turn) and a replay overlap so duplicates really arrive.
/// Checks each interaction reaches the handler exactly once, in order. Exit code 0 on success.
/// Run: dotnet run -c Release --project benchmarks/FeudBot.LoadHarness
/// </summary>
internal static class Program
{
    private const int Interactions = 10_000;
    private const int Resumes = 10;

    private static async Task<int> Main()
    {
        await using FakeDiscordServer discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { ResumeReplayOverlap = 5 });
        var options = Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = "load-token", ApiBaseUrl = discord.ApiBaseUrl });
        var rest = new DiscordRestClient(new HttpClient(), new RestRateLimiter(TimeProvider.System), options, TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
        var client = new DiscordGatewayClient(rest, new WebSocketGatewayTransportFactory(), new LocalIdentifyLimiter(TimeProvider.System),
            options, TimeProvider.System, new SystemRandomSource(), NullLogger<DiscordGatewayClient>.Instance);
        using var stop = new CancellationTokenSource();
        Task run = client.RunAsync(stop.Token);
        await discord.WaitForReadyAsync(timeout: TimeSpan.FromSeconds(30));

        var counts = new int[Interactions + 1];
        int delivered = 0, outOfOrder = 0;
        ulong last = 0;
        var allDelivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task consumer = Task.Run(async () =>
        {
            await foreach (GatewayDispatch dispatch in client.Dispatches.ReadAllAsync())
            {
                if (dispatch is not InteractionCreateDispatch { Interaction.Id: var id })
                {
                    continue;
                }

                counts[id]++;
                outOfOrder += id == last + 1 ? 0 : 1;
                last = id;
                if (++delivered == Interactions)
                {
                    allDelivered.TrySetResult();
                }
            }
        });

        var stopwatch = Stopwatch.StartNew();
        for (int i = 1; i <= Interactions; i++)
        {
            await discord.DispatchAsync("INTERACTION_CREATE", FakePayloads.SlashCommand((ulong)i, "ask"));
            if (i % (Interactions / Resumes) == Interactions / Resumes / 2)
            {
                // The previous forced resume must have completed, or this one would hit the old socket.
                await WaitActiveAsync(client, discord, i, expectedReconnects: i / (Interactions / Resumes));
                await ForceResumeAsync(discord, i / (Interactions / Resumes));
            }
        }

        bool finished = await Task.WhenAny(allDelivered.Task, Task.Delay(TimeSpan.FromSeconds(120))) == allDelivered.Task;
        stopwatch.Stop();
        await Task.Delay(200); // any late duplicate would show up here
        await stop.CancelAsync();
        await run;
        await consumer;

        int exactlyOnce = counts.Skip(1).Count(c => c == 1);
        int lost = counts.Skip(1).Count(c => c == 0);
        int duplicated = counts.Skip(1).Count(c => c > 1);
        Console.WriteLine($"interactions sent        {Interactions}");
        Console.WriteLine($"delivered to handler     {delivered}");
        Console.WriteLine($"exactly once             {exactlyOnce}");
        Console.WriteLine($"lost                     {lost}");
        Console.WriteLine($"delivered twice or more  {duplicated}");
        Console.WriteLine($"out of order             {outOfOrder}");
        Console.WriteLine($"replayed duplicates dropped by id  {client.DuplicateInteractionsDropped}");
        Console.WriteLine($"resumes (client/fake)    {client.ResumeCount}/{discord.ResumeCount}");
        Console.WriteLine($"identifies               {client.IdentifyCount}");
        Console.WriteLine($"reconnects               {client.ReconnectCount}");
        Console.WriteLine($"elapsed                  {stopwatch.Elapsed.TotalMilliseconds:F0} ms ({Interactions / stopwatch.Elapsed.TotalSeconds:F0} interactions/s)");
        bool ok = finished && exactlyOnce == Interactions && outOfOrder == 0 && client.ResumeCount == Resumes && client.IdentifyCount == 1;
        Console.WriteLine(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok ? 0 : 1;
    }

    private static async Task WaitActiveAsync(DiscordGatewayClient client, FakeDiscordServer discord, int at, int expectedReconnects)
    {
        var deadline = Stopwatch.StartNew();
        while (client.ReconnectCount < expectedReconnects || client.State != GatewayConnectionState.Active || discord.CurrentConnection is not { IsOpen: true })
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"At interaction {at}: client state {client.State}, fake connections {discord.Connections.Count}, open {discord.CurrentConnection?.IsOpen}");
            }

            await Task.Delay(1);
        }
    }

    private static async Task ForceResumeAsync(FakeDiscordServer discord, int round)
    {
        FakeGatewayConnection connection = discord.CurrentConnection!;
        switch (round % 3)
        {
            case 0:
                connection.Abort();
                break;
            case 1:
                await connection.CloseAsync(4000, "load test");
                break;
            default:
                await connection.SendReconnectAsync();
                break;
        }
    }
}
